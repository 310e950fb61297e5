import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../testing/test-app.ts';
import { DOCUMENT_ONLY_HEADERS } from '../external/helmet.ts';

// Two tiny "built apps" stand in for apps/web/dist and apps/console/dist.
function fakeBuild(root: string, name: string) {
  const dir = join(root, name);
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), `<!doctype html><title>${name}</title>`);
  writeFileSync(join(dir, 'assets', 'main-abc123.js'), `console.log('${name}')`);
  // As the build writes them (scripts/vite/precompress.ts): a .br and a .gz beside the file.
  const script = Buffer.from(`export const text = '${`${name} `.repeat(2000)}';`);
  writeFileSync(join(dir, 'assets', 'index-def456.js'), script);
  writeFileSync(join(dir, 'assets', 'index-def456.js.br'), brotliCompressSync(script));
  writeFileSync(join(dir, 'assets', 'index-def456.js.gz'), gzipSync(script));
  return dir;
}

describe('serving the built portal and console', () => {
  const root = mkdtempSync(join(tmpdir(), 'cos-static-'));
  let ctx: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    ctx = await createTestApp({
      serveApps: { webDir: fakeBuild(root, 'web'), consoleDir: fakeBuild(root, 'console') },
    });
  });
  afterAll(async () => {
    await ctx.close();
    rmSync(root, { recursive: true, force: true });
  });

  const get = (url: string) => ctx.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });

  it('serves the portal at / and its client-side routes', async () => {
    for (const url of ['/', '/my-case/1000000001', '/sign-in?next=%2Fpayments']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.body).toContain('<title>web</title>');
      expect(response.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves the console under /console/', async () => {
    expect((await get('/console')).statusCode).toBe(301);
    for (const url of ['/console/', '/console/accounts/abc']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.body).toContain('<title>console</title>');
    }
  });

  it('caches hashed assets for good and 404s missing ones', async () => {
    const asset = await get('/assets/main-abc123.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await get('/console/assets/main-abc123.js')).body).toContain("'console'");
    expect((await get('/assets/missing-999.js')).statusCode).toBe(404);
  });

  it('sends the precompressed copy the browser accepts, cached for good', async () => {
    const asset = (acceptEncoding: string) =>
      ctx.app.inject({
        method: 'GET',
        url: '/assets/index-def456.js',
        headers: { 'accept-encoding': acceptEncoding },
      });
    const original = `export const text = '${'web '.repeat(2000)}';`;

    const br = await asset('gzip, deflate, br');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toContain('javascript');
    expect(br.headers.vary).toContain('accept-encoding');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.rawPayload.length).toBeLessThan(original.length / 10);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(original);

    const gz = await asset('gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(original);

    const plain = await asset('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(original);
  });

  it('keeps unknown API paths as JSON 404s', async () => {
    const response = await get('/api/v1/nothing-here');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('NOT_FOUND');
  });

  it('applies the strict content security policy to the pages', async () => {
    for (const url of ['/', '/sign-in', '/console/']) {
      const response = await get(url);
      expect(response.headers['content-security-policy'], url).toContain("script-src 'self'");
      expect(response.headers['x-frame-options'], url).toBe('DENY');
    }
  });

  it('sends a hashed file with the headers that protect a file, not those of a page', async () => {
    for (const url of ['/assets/index-def456.js', '/console/assets/main-abc123.js']) {
      const response = await ctx.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
      expect(response.statusCode, url).toBe(200);
      // Never run as another type, never loaded by another site, HTTPS only.
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
      expect(response.headers['cross-origin-resource-policy'], url).toBe('same-origin');
      expect(response.headers['strict-transport-security'], url).toContain('max-age=');
      for (const name of DOCUMENT_ONLY_HEADERS)
        expect(response.headers[name], `${url} ${name}`).toBeUndefined();
    }
  });
});
