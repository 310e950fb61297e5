// Uploads as a parent sends them: typed by content (never by name or the browser's word), 10 MB
// and no more, stored under a random key outside the served folders, downloadable by the owner
// only, and never a file without its row.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOCUMENT_UPLOAD_POLICY } from '@cos/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalDocumentStorage } from '../../lib/document-storage.ts';
import { builtApps, repoRoot } from '../../lib/paths.ts';
import { bearer } from '../../testing/http.ts';
import { jpegOfSize, multipartBody, tinyPdf, tinyPng } from '../../testing/multipart.ts';
import { createSeededTestApp, signIn } from '../../testing/seeded-app.ts';

let ctx: Awaited<ReturnType<typeof createSeededTestApp>>;
let storageRoot: string;
let storage: ReturnType<typeof createLocalDocumentStorage>;
let parent: string;
let payer: string;

beforeAll(async () => {
  storageRoot = await mkdtemp(join(tmpdir(), 'cos-documents-test-'));
  storage = createLocalDocumentStorage(storageRoot, [builtApps.web, builtApps.console]);
  ctx = await createSeededTestApp({ documentStorage: storage });
  parent = await signIn(ctx.app, 'demo.parent');
  payer = await signIn(ctx.app, 'demo.payer');
});
afterAll(async () => {
  await ctx?.close();
  await rm(storageRoot, { recursive: true, force: true });
});

const upload = (
  token: string,
  file: { fileName: string; content: Buffer; contentType?: string } | null,
  fields: Record<string, string> = { description: 'Proof of income' },
) => {
  const { payload, headers } = multipartBody(fields, file ? [file] : []);
  return ctx.app.inject({
    method: 'POST',
    url: '/api/v1/documents',
    payload,
    headers: { ...headers, ...bearer(token) },
  });
};

async function storedFiles(): Promise<string[]> {
  const folders = await readdir(storageRoot);
  const files = await Promise.all(
    folders.map(async (folder) =>
      (await readdir(join(storageRoot, folder))).map((name) => join(storageRoot, folder, name)),
    ),
  );
  return files.flat();
}

describe('POST /api/v1/documents', () => {
  it('types a file by its content: a PNG named .pdf and sent as application/pdf is stored as image/png', async () => {
    const response = await upload(
      parent,
      { fileName: 'pay-stub.pdf', contentType: 'application/pdf', content: tinyPng },
      { description: 'Pay stub', caseNumber: '1000000001' },
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      fileName: 'pay-stub.pdf',
      contentType: 'image/png',
      sizeBytes: tinyPng.length,
      status: 'submitted',
      caseNumber: '1000000001',
      description: 'Pay stub',
    });
    const row = await ctx.prisma.document.findUniqueOrThrow({ where: { id: response.json().id } });
    expect(row.contentType).toBe('image/png');
    expect(row.sha256).toBe(createHash('sha256').update(tinyPng).digest('hex'));
  });

  it('refuses a text file named .pdf with 415 UNSUPPORTED_FILE_TYPE and keeps nothing', async () => {
    const before = await storedFiles();
    const response = await upload(parent, {
      fileName: 'statement.pdf',
      contentType: 'application/pdf',
      content: Buffer.from('This is plain text pretending to be a PDF.\n'),
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().error).toMatchObject({
      code: 'UNSUPPORTED_FILE_TYPE',
      message: expect.stringContaining('PDF, JPEG or PNG'),
    });
    expect(await storedFiles()).toEqual(before);
  });

  it('answers an 11 MB file with 413 FILE_TOO_LARGE and a clear JSON message, keeping nothing', async () => {
    const before = await storedFiles();
    const rows = await ctx.prisma.document.count();
    const response = await upload(parent, {
      fileName: 'scan.jpg',
      contentType: 'image/jpeg',
      content: jpegOfSize(11 * 1024 * 1024),
    });
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.json().error).toMatchObject({
      code: 'FILE_TOO_LARGE',
      message: expect.stringContaining('larger than 10 MB'),
    });
    expect(await storedFiles()).toEqual(before);
    expect(await ctx.prisma.document.count()).toBe(rows);
  });

  it('accepts a file of exactly 10 MB, and refuses one byte more', async () => {
    const exact = await upload(parent, {
      fileName: 'scan.jpg',
      contentType: 'image/jpeg',
      content: jpegOfSize(DOCUMENT_UPLOAD_POLICY.maxBytes),
    });
    expect(exact.statusCode, exact.body).toBe(201);
    expect(exact.json()).toMatchObject({ contentType: 'image/jpeg', sizeBytes: 10 * 1024 * 1024 });
    const over = await upload(parent, {
      fileName: 'scan.jpg',
      contentType: 'image/jpeg',
      content: jpegOfSize(DOCUMENT_UPLOAD_POLICY.maxBytes + 1),
    });
    expect(over.statusCode).toBe(413);
  });

  it('names the missing parts: no file, no description, a case that is not the parent’s', async () => {
    const noFile = await upload(parent, null);
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().error.fields).toEqual([{ field: 'file', message: expect.any(String) }]);
    const noDescription = await upload(
      parent,
      { fileName: 'a.pdf', content: tinyPdf },
      { description: '  ' },
    );
    expect(noDescription.statusCode).toBe(400);
    expect(noDescription.json().error.fields[0].field).toBe('description');
    const notMine = await upload(
      parent,
      { fileName: 'a.pdf', content: tinyPdf },
      { description: 'Order', caseNumber: '1000000002' },
    );
    expect(notMine.statusCode).toBe(400);
    expect(notMine.json().error.fields[0]).toMatchObject({ field: 'caseNumber' });
    const json = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/documents',
      payload: { description: 'x' },
      headers: bearer(parent),
    });
    expect(json.statusCode).toBe(400);
  });

  it('answers a multipart body it cannot read with 400 BAD_REQUEST, keeping nothing: no boundary, or cut off', async () => {
    const before = await storedFiles();
    const rows = await ctx.prisma.document.count();
    const { payload } = multipartBody({ description: 'Pay stub' }, [{ fileName: 'a.pdf', content: tinyPdf }]);
    const noBoundary = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/documents',
      payload,
      headers: { 'content-type': 'multipart/form-data', ...bearer(parent) },
    });
    expect(noBoundary.statusCode, noBoundary.body).toBe(400);
    expect(noBoundary.json().error).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('The upload could not be read'),
    });

    // The file part begins but the body ends before its closing boundary (a dropped connection).
    const whole = multipartBody({ description: 'Pay stub' }, [
      { fileName: 'scan.jpg', content: jpegOfSize(256 * 1024) },
    ]);
    const truncated = whole.payload.subarray(0, whole.payload.length - 64 * 1024);
    const cut = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/documents',
      payload: truncated,
      headers: { ...whole.headers, ...bearer(parent) },
    });
    expect(cut.statusCode, cut.body).toBe(400);
    expect(cut.json().error.code).toBe('BAD_REQUEST');

    // Only the closing boundary missing: every part read, the form never finished.
    const unfinished = whole.payload.subarray(0, whole.payload.lastIndexOf('--\r\n'));
    const open = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/documents',
      payload: unfinished,
      headers: { ...whole.headers, ...bearer(parent) },
    });
    expect(open.statusCode, open.body).toBe(400);
    expect(open.json().error.code).toBe('BAD_REQUEST');

    expect(await storedFiles()).toEqual(before);
    expect(await ctx.prisma.document.count()).toBe(rows);
  });

  it('needs a signed-in parent, before reading the body', async () => {
    const { payload, headers } = multipartBody({ description: 'x' }, [
      { fileName: 'a.pdf', content: tinyPdf },
    ]);
    const response = await ctx.app.inject({ method: 'POST', url: '/api/v1/documents', payload, headers });
    expect(response.statusCode).toBe(401);
  });
});

describe('storage', () => {
  it('writes under a random key in the storage folder, outside the served apps and the source tree', async () => {
    const response = await upload(payer, { fileName: '../../etc/passwd.pdf', content: tinyPdf });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().fileName).toBe('passwd.pdf');
    const row = await ctx.prisma.document.findUniqueOrThrow({ where: { id: response.json().id } });
    expect(row.storageKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(row.storageKey).not.toContain('passwd');
    const path = storage.pathOf(row.storageKey);
    expect(path.startsWith(`${storageRoot}/`)).toBe(true);
    for (const served of [builtApps.web, builtApps.console, join(repoRoot, 'apps')])
      expect(path.startsWith(served)).toBe(false);
    expect(await readFile(path)).toEqual(tinyPdf);
    // Nothing the static file server answers reaches it.
    expect(
      (await ctx.app.inject({ method: 'GET', url: `/${row.storageKey.slice(0, 2)}/${row.storageKey}` }))
        .statusCode,
    ).toBe(404);
  });

  it('refuses to keep documents inside a served folder', () => {
    expect(() =>
      createLocalDocumentStorage(join(builtApps.web, 'uploads'), [builtApps.web, builtApps.console]),
    ).toThrow(/must not be inside/);
  });

  it('removes the stored file when the database refuses the row: no file without a record', async () => {
    await ctx.prisma.$executeRawUnsafe(
      `CREATE FUNCTION refuse_document() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$`,
    );
    await ctx.prisma.$executeRawUnsafe(
      'CREATE TRIGGER refuse_document BEFORE INSERT ON documents FOR EACH ROW EXECUTE FUNCTION refuse_document()',
    );
    try {
      const before = await storedFiles();
      const rows = await ctx.prisma.document.count();
      const response = await upload(parent, { fileName: 'order.pdf', content: tinyPdf });
      expect(response.statusCode).toBe(500);
      expect(response.json().error.code).toBe('INTERNAL_ERROR');
      expect(await storedFiles()).toEqual(before);
      expect(await ctx.prisma.document.count()).toBe(rows);
    } finally {
      await ctx.prisma.$executeRawUnsafe('DROP TRIGGER refuse_document ON documents');
      await ctx.prisma.$executeRawUnsafe('DROP FUNCTION refuse_document()');
    }
  });
});

describe('GET /api/v1/documents and downloads', () => {
  it('lists the parent’s own documents with their review status, newest first', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/documents',
      headers: bearer(parent),
    });
    expect(response.statusCode).toBe(200);
    const items: { fileName: string; status: string }[] = response.json().items;
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.every((item) => item.status === 'submitted')).toBe(true);
    expect(items.map((item) => item.fileName)).not.toContain('passwd.pdf');
  });

  it('lets the owner download with the detected type, as an attachment, not sniffable; another parent gets 404', async () => {
    const created = await upload(parent, {
      fileName: 'Ünïcode résumé.png',
      contentType: 'application/pdf',
      content: tinyPng,
    });
    const id: string = created.json().id;
    const own = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/documents/${id}/file`,
      headers: bearer(parent),
    });
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('image/png');
    expect(own.headers['content-disposition']).toMatch(
      /^attachment; filename="_n_code r_sum_.png"; filename\*=UTF-8''%C3%9Cn%C3%AFcode%20r%C3%A9sum%C3%A9.png$/,
    );
    expect(own.headers['x-content-type-options']).toBe('nosniff');
    expect(own.headers['cache-control']).toBe('no-store');
    expect(own.rawPayload).toEqual(tinyPng);

    const other = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/documents/${id}/file`,
      headers: bearer(payer),
    });
    const missing = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/documents/0190d1a4-0000-7000-8000-000000000000/file',
      headers: bearer(payer),
    });
    expect(other.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(other.json().error.message).toBe(missing.json().error.message);
  });
});
