// The one way the portal and the console talk to the API: JSON in and out, the bearer token added
// from the app's session, the uniform error body turned into a typed ApiError, and one
// refresh-and-retry on a 401 (the access token lives 15 minutes; the refresh cookie keeps the
// session going). A 401 about what was typed (INVALID_CREDENTIALS) is an answer to show, not a
// session problem. `download` fetches a file (the audit CSV, a document) the same way, since a
// bearer header cannot ride on a plain link; `saveFile` also hands it to the browser to save.
import { z } from 'zod';

// Parsed leniently: a code the app does not know yet is still an error with a message to show.
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

  constructor(
    status: number,
    code: string,
    message: string,
    fields: readonly ApiFieldError[] = [],
    requestId?: string,
    retryAfterSeconds?: number,
  ) {
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

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

type RequestOptions<T> = {
  method?: Method;
  body?: unknown;
  /** Validates the answer, so a changed API fails loudly here rather than deep in a component. */
  schema: z.ZodType<T>;
  /** Sends the bearer token (and refreshes once on a 401). Off for sign-in. */
  auth?: boolean;
};

async function toApiError(response: Response): Promise<ApiError> {
  const retryAfter = Number(response.headers.get('retry-after'));
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined;
  const body = ErrorBody.safeParse(await response.json().catch(() => null));
  if (!body.success)
    return new ApiError(
      response.status,
      'UNKNOWN',
      response.statusText || 'Request failed',
      [],
      undefined,
      retryAfterSeconds,
    );
  const { code, message, fields, requestId } = body.data.error;
  return new ApiError(response.status, code, message, fields ?? [], requestId, retryAfterSeconds);
}

/** What the client needs of an app's session store. */
export interface ApiSession {
  accessToken(): string | undefined;
  refresh(): Promise<boolean>;
  signedOut(reason: 'expired'): void;
}

export interface ApiClientOptions {
  fetchImpl?: typeof fetch;
  /** Sees every error answer before it is thrown (the portal reacts to PASSWORD_CHANGE_REQUIRED). */
  onError?: (error: ApiError) => void;
  /**
   * The language the API writes its error messages in (Accept-Language): by default the page's
   * `<html lang>`, which the app's i18n keeps on the language shown.
   */
  language?: () => string | undefined;
}

export function createApiClient(
  session: ApiSession,
  {
    fetchImpl = (...args) => fetch(...args),
    onError,
    language = () => globalThis.document?.documentElement.lang,
  }: ApiClientOptions = {},
) {
  async function send(url: string, method: string, body: unknown, token: string | undefined, accept: string) {
    const headers: Record<string, string> = { accept };
    const lang = language();
    if (lang) headers['accept-language'] = lang;
    // A FormData body (a document upload) goes as multipart; the browser sets its boundary.
    const form = typeof FormData !== 'undefined' && body instanceof FormData ? body : undefined;
    if (body !== undefined && !form) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    return fetchImpl(url, {
      method,
      headers,
      body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
  }

  /** Sends with the token; a 401 about the token earns one refresh and one retry. */
  async function authorised(
    url: string,
    method: string,
    body: unknown,
    auth: boolean,
    accept: string,
  ): Promise<Response> {
    let token = auth ? session.accessToken() : undefined;
    // A request made while no token is held (just after a reload) gets one first.
    if (auth && !token && (await session.refresh())) token = session.accessToken();
    let response = await send(url, method, body, token, accept);
    if (auth && response.status === 401) {
      const error = await toApiError(response);
      if (error.code === 'INVALID_CREDENTIALS') throw error;
      if (await session.refresh()) response = await send(url, method, body, session.accessToken(), accept);
      else {
        session.signedOut('expired');
        throw error;
      }
    }
    if (!response.ok) {
      const error = await toApiError(response);
      onError?.(error);
      throw error;
    }
    return response;
  }

  async function request<T>(
    url: string,
    { method = 'GET', body, schema, auth = true }: RequestOptions<T>,
  ): Promise<T> {
    const response = await authorised(url, method, body, auth, 'application/json');
    return schema.parse(response.status === 204 ? {} : await response.json());
  }

  /** A file from the API, with the name the server suggests (Content-Disposition). */
  async function download(url: string, fallbackName: string): Promise<{ blob: Blob; filename: string }> {
    const response = await authorised(url, 'GET', undefined, true, '*/*');
    const disposition = response.headers.get('content-disposition') ?? '';
    const filename = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName;
    return { blob: await response.blob(), filename };
  }

  /** Downloads a file and has the browser save it; resolves to the name it was saved under. */
  async function saveFile(url: string, fallbackName: string): Promise<string> {
    const { blob, filename } = await download(url, fallbackName);
    saveBlob(blob, filename);
    return filename;
  }

  return { request, download, saveFile };
}

/** Saves through a hidden link to a blob: URL, revoked after a while (a click may still be reading it). */
function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
