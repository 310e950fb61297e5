// pino options shared by the server and the tests. Secrets and PII are redacted wherever they appear
// in a logged object; request bodies are never logged in the first place.
import type { FastifyServerOptions } from 'fastify';
import { pino, type Logger } from 'pino';

const secretKeys = [
  'password',
  'currentPassword',
  'newPassword',
  'temporaryPassword',
  'ssn',
  'answer',
  'answers',
  'securityAnswers',
  'accessToken',
  'refreshToken',
  'token',
  'registrationToken',
  'recoveryToken',
  'totp',
  'accountNumber',
  'accountNumberConfirmation',
  'routingNumber',
  'cardNumber',
  'cvv',
  'expiry',
];

export const redactPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  ...secretKeys.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
];

export function loggerOptions(level: string): NonNullable<FastifyServerOptions['logger']> {
  return {
    level,
    redact: { paths: redactPaths, censor: '[redacted]' },
    serializers: {
      // The URL is logged without its query string: a query could carry a name or a case number.
      req: (request: { method: string; url: string; id: string }) => ({
        method: request.method,
        url: request.url.split('?')[0],
        id: request.id,
      }),
    },
  };
}

/**
 * The process's own JSON logger for what happens outside a request (start-up, migrations, the
 * metrics listener, shutdown), with the same level and redaction as the request logs.
 */
export function createProcessLogger(level: string): Logger {
  return pino({ level, redact: { paths: redactPaths, censor: '[redacted]' } });
}

/** The migration runner's three-method log, as JSON lines of the process logger. */
export function migrationLogger(log: Logger) {
  const child = log.child({ component: 'migrate' });
  return {
    info: (message: string) => child.info(message),
    warn: (message: string) => child.warn(message),
    error: (message: string) => child.error(message),
  };
}
