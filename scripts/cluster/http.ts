// A small HTTP client for the cluster test: plain node:http, so a request can leave from a chosen
// loopback address (127.0.0.x: another "client" as the balancer and the throttle see it).
import { Agent, request } from 'node:http';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** The instance port that answered, from the balancer's X-Upstream header (the last one tried). */
  upstream: string;
  ms: number;
}

const agents = new Map<string, Agent>();
const agentFor = (localAddress: string) => {
  let agent = agents.get(localAddress);
  if (!agent) {
    agent = new Agent({ keepAlive: true, maxSockets: 256, localAddress });
    agents.set(localAddress, agent);
  }
  return agent;
};

export function destroyAgents(): void {
  for (const agent of agents.values()) agent.destroy();
  agents.clear();
}

export interface Call {
  method?: string;
  path: string;
  token?: string | undefined;
  json?: unknown;
  body?: Buffer;
  headers?: Record<string, string>;
  from?: string;
  timeoutMs?: number;
}

export function call(port: number, options: Call): Promise<Answer> {
  const started = Date.now();
  const headers: Record<string, string> = { ...options.headers };
  let body = options.body;
  if (options.json !== undefined) {
    body = Buffer.from(JSON.stringify(options.json));
    headers['content-type'] = 'application/json';
  }
  if (body) headers['content-length'] = String(body.length);
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  return new Promise((resolveAnswer, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers,
        agent: agentFor(options.from ?? '127.0.0.1'),
        timeout: options.timeoutMs ?? 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const upstreamHeader = String(res.headers['x-upstream'] ?? '');
          resolveAnswer({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
            upstream: upstreamHeader.split(',').pop()?.trim().split(':').pop() ?? '',
            ms: Date.now() - started,
          });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end(body);
  });
}

export const json = <T>(answer: Answer): T => JSON.parse(answer.body.toString()) as T;
