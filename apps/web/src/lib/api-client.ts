// The one way the app talks to the API: JSON in and out, the bearer token added from the session,
// the uniform error body turned into a typed ApiError, and one refresh-and-retry on a 401 (the
// access token lives 15 minutes; the refresh cookie keeps the session going).
import { z } from 'zod';
import { session as appSession } from './session/session.ts';
import type { SessionStore } from './session/session-store.ts';

// Parsed leniently: a code this app does not know yet is still an error with a message to show.
const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    requestId: z.string().optional(),
  }),
});

export type ApiFieldError = { field: string; message: string };

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly fields: readonly ApiFieldError[];
  readonly requestId: string | undefined;
  /** From Retry-After on a 429, in seconds. */
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, code: string, message: string, fields: readonly ApiFieldError[] = [], requestId?: string, retryAfterSeconds?: number) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.requestId = requestId;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

type RequestOptions<T> = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** Validates the answer, so a changed API fails loudly here rather than deep in a component. */
  schema: z.ZodType<T>;
  /** Sends the bearer token (and refreshes once on a 401). Off for sign-in and registration. */
  auth?: boolean;
};

async function toApiError(response: Response): Promise<ApiError> {
  const retryAfter = Number(response.headers.get('retry-after'));
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined;
  const body = ErrorBody.safeParse(await response.json().catch(() => null));
  if (!body.success) return new ApiError(response.status, 'UNKNOWN', response.statusText || 'Request failed', [], undefined, retryAfterSeconds);
  const { code, message, fields, requestId } = body.data.error;
  return new ApiError(response.status, code, message, fields ?? [], requestId, retryAfterSeconds);
}

export function createApiClient(session: Pick<SessionStore, 'accessToken' | 'refresh' | 'signedOut' | 'requirePasswordChange'>, fetchImpl: typeof fetch = (...args) => fetch(...args)) {
  async function send(url: string, method: string, body: unknown, token: string | undefined) {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    return fetchImpl(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  }

  return async function request<T>(url: string, { method = 'GET', body, schema, auth = true }: RequestOptions<T>): Promise<T> {
    let token = auth ? session.accessToken() : undefined;
    // A request made while no token is held (just after a reload) gets one first.
    if (auth && !token && (await session.refresh())) token = session.accessToken();
    let response = await send(url, method, body, token);

    // A 401 about the token (expired, revoked) earns one refresh and one retry; a 401 about what
    // was typed (a wrong current password) is an answer to show, not a session problem.
    if (auth && response.status === 401) {
      const error = await toApiError(response);
      if (error.code === 'INVALID_CREDENTIALS') throw error;
      if (await session.refresh()) response = await send(url, method, body, session.accessToken());
      else {
        session.signedOut('expired');
        throw error;
      }
    }
    if (!response.ok) {
      const error = await toApiError(response);
      if (error.code === 'PASSWORD_CHANGE_REQUIRED') session.requirePasswordChange();
      throw error;
    }
    return schema.parse(response.status === 204 ? {} : await response.json());
  };
}

/** The app's client, bound to its session. */
export const apiRequest = createApiClient(appSession);
