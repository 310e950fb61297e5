// JSON answers of 1 KB or more go out compressed by the client's Accept-Encoding; small answers and
// every answer to a POST (where tokens are issued: BREACH, docs/security.md) go out as they are.
import { DEMO_CUSTOMER_PASSWORD } from '@cos/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { signIn } from '../../testing/http.ts';
import { createSeededTestApp } from '../../testing/seeded-app.ts';
import type { TestApp } from '../../testing/test-app.ts';
import { compressThresholdBytes } from './compress.ts';

let ctx: TestApp;
beforeAll(async () => {
  ctx = await createSeededTestApp();
});
afterAll(() => ctx.close());

const get = (url: string, acceptEncoding: string) =>
  ctx.app.inject({ method: 'GET', url, headers: { 'accept-encoding': acceptEncoding } });

describe('response compression', () => {
  it('sends the notices (over 1 KB) brotli- or gzip-compressed, as the client accepts', async () => {
    const plain = await get('/api/v1/notices', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(compressThresholdBytes);

    const br = await get('/api/v1/notices', 'gzip, deflate, br');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('accept-encoding');
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());

    const gz = await get('/api/v1/notices', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString())).toEqual(plain.json());
  });

  it('leaves small answers as they are', async () => {
    const health = await get('/api/health', 'br');
    expect(health.statusCode).toBe(200);
    expect(health.headers['content-encoding']).toBeUndefined();
  });

  it('never compresses an answer carrying a token', async () => {
    const { response } = await signIn(ctx.app, 'demo.parent', DEMO_CUSTOMER_PASSWORD, {
      'accept-encoding': 'br, gzip',
    });
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.json().accessToken).toEqual(expect.any(String));
  });
});
