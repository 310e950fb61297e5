// The request id follows a request from the balancer into the API's logs: a trusted proxy's
// X-Request-Id is used, logged and echoed; from anyone else (or malformed) a fresh id is made.
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

const lines: Array<{ reqId?: string; msg?: string }> = [];
const logStream = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    done();
  },
});

let ctx: TestApp;
afterAll(async () => ctx?.close());

const health = (remoteAddress: string, requestId?: string) =>
  ctx.app.inject({
    method: 'GET',
    url: '/api/health',
    remoteAddress,
    headers: requestId ? { 'x-request-id': requestId } : {},
  });

describe('request id', () => {
  it('takes X-Request-Id from a proxy in TRUST_PROXY, logs it and returns it', async () => {
    ctx = await createTestApp({ trustProxy: ['10.0.0.0/8'], logger: { level: 'info', stream: logStream } });
    const response = await health('10.1.2.3', 'nginx-4f1c2a9b');
    expect(response.headers['x-request-id']).toBe('nginx-4f1c2a9b');
    const logged = lines.filter((line) => line.reqId === 'nginx-4f1c2a9b').map((line) => line.msg);
    expect(logged).toEqual(expect.arrayContaining(['incoming request', 'request completed']));
  });

  it('makes its own id when the header comes from a peer that is not a trusted proxy', async () => {
    const response = await health('203.0.113.9', 'chosen-by-the-client');
    expect(response.headers['x-request-id']).not.toBe('chosen-by-the-client');
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.some((line) => line.reqId === 'chosen-by-the-client')).toBe(false);
  });

  it('makes its own id when a trusted proxy passes on something that is not a plain token', async () => {
    for (const offered of ['two words', 'x'.repeat(129), 'id;with=delimiters']) {
      const response = await health('10.1.2.3', offered);
      expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('generates one for every request without the header', async () => {
    const first = await health('10.1.2.3');
    const second = await health('10.1.2.3');
    expect(first.headers['x-request-id']).not.toBe(second.headers['x-request-id']);
  });
});
