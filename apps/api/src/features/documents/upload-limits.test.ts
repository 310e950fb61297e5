// The per-account upload allowance: 20 files (the policy's default) or the megabytes allowed in 24
// hours, then 429 TOO_MANY_UPLOADS with Retry-After and nothing stored; the clock moved past the
// window lets the parent upload again. The megabytes are lowered to 10 here so the test sends
// megabytes, not a hundred of them.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSecurityPolicy, securityPolicy } from '@cos/security';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalDocumentStorage } from '../../lib/document-storage.ts';
import { createCustomer, createQuestions } from '../../testing/fixtures.ts';
import { bearer, signIn } from '../../testing/http.ts';
import { jpegOfSize, multipartBody, tinyPdf } from '../../testing/multipart.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

const MB = 1024 * 1024;
const { maxFiles, windowHours } = securityPolicy.documentUploads;

let ctx: TestApp;
let storageRoot: string;

beforeAll(async () => {
  storageRoot = await mkdtemp(join(tmpdir(), 'cos-upload-limits-test-'));
  ctx = await createTestApp({
    documentStorage: createLocalDocumentStorage(storageRoot),
    policy: parseSecurityPolicy({
      ipThrottle: { maxRequests: 100_000 },
      documentUploads: { maxMegabytes: 10 },
    }),
  });
  await createQuestions(ctx.prisma);
});
afterAll(async () => {
  await ctx?.close();
  await rm(storageRoot, { recursive: true, force: true });
});

async function newParent(userId: string): Promise<string> {
  await createCustomer(ctx.prisma, { userId });
  return (await signIn(ctx.app, userId)).accessToken;
}

const upload = (token: string, content: Buffer = tinyPdf) => {
  const { payload, headers } = multipartBody({ description: 'Proof of income' }, [
    { fileName: 'proof.pdf', content },
  ]);
  return ctx.app.inject({
    method: 'POST',
    url: '/api/v1/documents',
    payload,
    headers: { ...headers, ...bearer(token) },
  });
};

async function storedFiles(): Promise<string[]> {
  const folders = await readdir(storageRoot);
  return (await Promise.all(folders.map(async (folder) => readdir(join(storageRoot, folder))))).flat();
}

describe('uploads per account', () => {
  it(`accepts ${maxFiles} files in ${windowHours} hours, refuses the next with 429 and Retry-After, and accepts again once the window has passed`, async () => {
    expect([maxFiles, windowHours, securityPolicy.documentUploads.maxMegabytes]).toEqual([20, 24, 100]);
    const token = await newParent('uploads.many');
    for (let index = 0; index < maxFiles; index += 1) {
      ctx.clock.advance(30_000);
      expect((await upload(token)).statusCode).toBe(201);
    }
    const before = await storedFiles();
    const refused = await upload(token);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error).toMatchObject({
      code: 'TOO_MANY_UPLOADS',
      message: expect.stringContaining(`${maxFiles} files`),
    });
    // The first of the 20 leaves the window 24 h after it was sent, 19 × 30 s ago.
    expect(Number(refused.headers['retry-after'])).toBe(windowHours * 3600 - (maxFiles - 1) * 30);
    expect(await storedFiles()).toEqual(before);
    expect(await ctx.prisma.document.count({ where: { account: { userId: 'uploads.many' } } })).toBe(
      maxFiles,
    );

    // Another parent is not affected.
    expect((await upload(await newParent('uploads.other'))).statusCode).toBe(201);

    ctx.clock.advance(windowHours * 3_600_000);
    const later = (await signIn(ctx.app, 'uploads.many')).accessToken;
    expect((await upload(later)).statusCode).toBe(201);
  });

  it('counts megabytes too: a file that would pass them is refused and not kept', async () => {
    const token = await newParent('uploads.large');
    expect((await upload(token, jpegOfSize(9 * MB))).statusCode).toBe(201);
    const before = await storedFiles();
    const refused = await upload(token, jpegOfSize(2 * MB));
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('TOO_MANY_UPLOADS');
    expect(Number(refused.headers['retry-after'])).toBe(windowHours * 3600);
    expect(await storedFiles()).toEqual(before);
    // What still fits is accepted: 9 MB + 1 MB is exactly the 10 MB allowed here.
    expect((await upload(token, jpegOfSize(MB))).statusCode).toBe(201);
    expect((await upload(token)).statusCode).toBe(429);
  });

  it('holds under parallel uploads: of five at once with room for two, two are kept', async () => {
    const token = await newParent('uploads.racer');
    for (let index = 0; index < maxFiles - 2; index += 1) expect((await upload(token)).statusCode).toBe(201);
    const responses = await Promise.all(Array.from({ length: 5 }, () => upload(token)));
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 201, 429, 429, 429]);
    expect(await ctx.prisma.document.count({ where: { account: { userId: 'uploads.racer' } } })).toBe(
      maxFiles,
    );
  });
});
