// Over a real TCP connection (not inject): an 11 MB upload gets its 413 JSON answer — the server
// reads the rest of the body instead of answering early and resetting a connection the browser
// is still sending on — and the global 64 KiB JSON limit does not apply to this one route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jpegOfSize, multipartBody } from '../../testing/multipart.ts';
import { createSeededTestApp, signIn } from '../../testing/seeded-app.ts';

let ctx: Awaited<ReturnType<typeof createSeededTestApp>>;
let base: string;
let token: string;

beforeAll(async () => {
  ctx = await createSeededTestApp();
  token = await signIn(ctx.app, 'demo.parent');
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  const address = ctx.app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  base = `http://127.0.0.1:${address.port}`;
});
afterAll(() => ctx?.close());

async function post(file: Buffer, fileName: string) {
  const { payload, headers } = multipartBody({ description: 'Scan of my order' }, [
    { fileName, contentType: 'image/jpeg', content: file },
  ]);
  return fetch(`${base}/api/v1/documents`, {
    method: 'POST',
    body: new Uint8Array(payload),
    headers: { ...headers, authorization: `Bearer ${token}` },
  });
}

describe('uploads over HTTP', () => {
  it('answers an 11 MB upload with 413 FILE_TOO_LARGE as JSON on an intact connection', async () => {
    const response = await post(jpegOfSize(11 * 1024 * 1024), 'big-scan.jpg');
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('FILE_TOO_LARGE');
    expect(body.error.message).toMatch(/larger than 10 MB/);
  });

  it('takes a 2 MB upload although JSON bodies stop at 64 KiB', async () => {
    const response = await post(jpegOfSize(2 * 1024 * 1024), 'scan.jpg');
    expect(response.status).toBe(201);
    const tooBigJson = await fetch(`${base}/api/v1/auth/identify`, {
      method: 'POST',
      body: JSON.stringify({ userId: 'x'.repeat(70 * 1024) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(tooBigJson.status).toBe(413);
  });
});
