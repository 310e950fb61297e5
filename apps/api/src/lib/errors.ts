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
