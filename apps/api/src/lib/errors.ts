// Services throw these; one error handler (plugins/app/error-handler.ts) maps them to HTTP. They
// carry only what the client may see: the message is written for a person, never a stack or SQL.
import type { ErrorCode, FieldError } from '@cos/contracts';

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly statusCode: number;
  readonly fields: FieldError[] | undefined;
  readonly headers: Record<string, string>;

  constructor(
    code: ErrorCode,
    statusCode: number,
    message: string,
    extra: { fields?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.statusCode = statusCode;
    this.fields = extra.fields;
    this.headers = extra.headers ?? {};
  }
}

export const notFound = (message = 'We could not find what you asked for.') =>
  new DomainError('NOT_FOUND', 404, message);

export const forbidden = (message = 'You do not have access to this.') =>
  new DomainError('FORBIDDEN', 403, message);

export const badRequest = (message: string, fields?: FieldError[]) =>
  new DomainError('VALIDATION_FAILED', 400, message, fields ? { fields } : {});

export const unauthenticated = (message = 'Your session has ended. Sign in to continue.') =>
  new DomainError('UNAUTHENTICATED', 401, message);

/**
 * The one answer to every failed sign-in (unknown User ID, wrong password, locked, disabled): same
 * status, same body byte for byte. The error handler leaves the request id out of this body (it is
 * in the x-request-id header), since a per-request value would make the bodies differ.
 */
export const invalidCredentials = () =>
  new DomainError(
    'INVALID_CREDENTIALS',
    401,
    'The User ID or password is not correct. Check them and try again.',
  );

export const passwordChangeRequired = () =>
  new DomainError('PASSWORD_CHANGE_REQUIRED', 403, 'Change your password to continue.');
