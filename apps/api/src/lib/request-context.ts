// Who is asking, as far as the audit trail and the session list need to know: the client address
// (request.ip honours X-Forwarded-For only from the proxies in TRUST_PROXY), the request id and the
// User-Agent (cut short: it is only used to name the device approximately).
import type { FastifyRequest } from 'fastify';

export interface RequestContext {
  ip: string;
  requestId: string;
  userAgent: string | null;
}

const MAX_USER_AGENT = 512;

export function contextOf(request: FastifyRequest): RequestContext {
  const userAgent = request.headers['user-agent'];
  return {
    ip: request.ip,
    requestId: request.id,
    userAgent:
      typeof userAgent === 'string' && userAgent.length > 0 ? userAgent.slice(0, MAX_USER_AGENT) : null,
  };
}

/** The context of work a background job does: no client, the job's name and run id as request id. */
export function jobContext(jobName: string, runId: string): RequestContext {
  return { ip: 'job', requestId: `job:${jobName}:${runId}`, userAgent: null };
}
