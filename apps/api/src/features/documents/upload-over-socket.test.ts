// Over a real TCP connection (not inject): an 11 MB upload gets its 413 JSON answer, an oversized
// body is cut off rather than read to its end, and the global 64 KiB JSON limit does not apply to
// this one route.
import { connect } from 'node:net';
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

  // Failed before: the server read all of a 200 MB body (to discard it) before answering.
  it('cuts off a body declared larger than any upload: 413 and the connection closed, the rest unread', async () => {
    const { port } = new URL(base);
    const declared = 200 * 1024 * 1024;
    const socket = connect({ host: '127.0.0.1', port: Number(port) });
    let answer = '';
    let written = 0;
    const closed = new Promise<void>((resolve) => {
      socket.on('close', () => resolve());
      socket.on('error', () => resolve());
    });
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString();
    });
    socket.write(
      `POST /api/v1/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\n` +
        `Content-Type: multipart/form-data; boundary=x\r\nContent-Length: ${declared}\r\n\r\n`,
    );
    const chunk = Buffer.alloc(64 * 1024, 0x41);
    // Keep sending until the server closes (or everything is sent, which must not happen).
    while (!socket.destroyed && written < declared && !answer.includes('\r\n\r\n{')) {
      if (!socket.write(chunk))
        await new Promise((resolve) => socket.once('drain', resolve).once('close', resolve));
      written += chunk.length;
    }
    await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
    expect(answer.toLowerCase()).toContain('connection: close');
    expect(answer).toContain('FILE_TOO_LARGE');
    expect(written).toBeLessThan(declared / 4);
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
