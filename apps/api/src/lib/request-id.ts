// The request id: the one a trusted proxy sends in X-Request-Id (nginx's $request_id, HAProxy's
// unique-id), so a request can be followed from the balancer's log into the API's; otherwise a
// fresh UUID. Only a peer in TRUST_PROXY may name it — anyone else could fill the logs with ids
// that collide with real ones — and only a short, plain token is taken, so a header cannot forge
// log lines.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import proxyAddr from '@fastify/proxy-addr';

const PLAIN_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdGenerator(trustProxy: readonly string[]): (request: IncomingMessage) => string {
  const trusted = trustProxy.length > 0 ? proxyAddr.compile([...trustProxy]) : null;
  return (request) => {
    const offered = request.headers['x-request-id'];
    const peer = request.socket.remoteAddress;
    if (trusted && peer && typeof offered === 'string' && PLAIN_ID.test(offered) && trusted(peer, 0)) {
      return offered;
    }
    return randomUUID();
  };
}
