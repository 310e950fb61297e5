// Declares error answers in a route's schema, so the OpenAPI document lists them with the uniform
// body. Usage: `response: { 200: Thing, ...errorResponses(400, 401) }`.
import { ErrorBody } from '@cos/contracts';

export function errorResponses<const S extends number>(...statuses: S[]): Record<S, typeof ErrorBody> {
  return Object.fromEntries(statuses.map((status) => [status, ErrorBody])) as Record<S, typeof ErrorBody>;
}
