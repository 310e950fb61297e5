// One origin per app (docs/security.md, "One origin per app"), over real HTTP: with CONSOLE_ORIGIN
// set, a request addressed to the console's host gets the console at / and never the portal, any
// other host gets the portal and never the console; HTTPS deployments hand out `__Host-` cookies
// (Secure, Path=/, no Domain); refresh refuses the other app's pages and other sites, and clears a
// cookie only when one was presented. The default single-origin deployment keeps its names.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_CUSTOMER_PASSWORD } from '@cos/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededTestApp } from '../../testing/seeded-app.ts';
import { STAFF_PASSWORD, totpAt } from '../../testing/staff.ts';
import type { TestApp } from '../../testing/test-app.ts';

const PORTAL = 'portal.agency.example';
const CONSOLE = 'console.agency.example';

function fakeBuild(root: string, name: string) {
  const dir = join(root, name);
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), `<!doctype html><title>${name}</title>`);
  writeFileSync(join(dir, 'assets', `${name}-abc123.js`), `console.log('${name}')`);
  return dir;
}

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** One real HTTP request to the listening server, addressed to `host` (as a browser would send it). */
function call(
  port: number,
  host: string,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; json?: unknown } = {},
): Promise<Answer> {
  const body = options.json === undefined ? undefined : JSON.stringify(options.json);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: {
          host,
          ...(body ? { 'content-type': 'application/json' } : {}),
          ...options.headers,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const setCookies = (answer: Answer) => {
  const raw = answer.headers['set-cookie'];
  return raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
};
const cookieValue = (answer: Answer, name: string) =>
  setCookies(answer)
    .find((line) => line.startsWith(`${name}=`))
    ?.split(';')[0]
    ?.slice(name.length + 1);

async function listen(ctx: TestApp): Promise<number> {
  await ctx.app.listen({ host: '127.0.0.1', port: 0 });
  return (ctx.app.server.address() as AddressInfo).port;
}

describe('two origins: CONSOLE_ORIGIN set, HTTPS cookies', () => {
  const root = mkdtempSync(join(tmpdir(), 'cos-origins-'));
  let ctx: TestApp;
  let port: number;
  const get = (host: string, path: string) =>
    call(port, host, 'GET', path, { headers: { accept: 'text/html' } });

  beforeAll(async () => {
    ctx = await createSeededTestApp({
      serveApps: { webDir: fakeBuild(root, 'web'), consoleDir: fakeBuild(root, 'console') },
      origins: { portal: `https://${PORTAL}`, console: `https://${CONSOLE}` },
      hostPrefixedCookies: true,
    });
    port = await listen(ctx);
  });
  afterAll(async () => {
    await ctx?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves the console at / of its own host, and never the portal there', async () => {
    for (const path of ['/', '/accounts/abc', '/audit?from=2026-01-01']) {
      const answer = await get(CONSOLE, path);
      expect(answer.status, path).toBe(200);
      expect(answer.body, path).toContain('<title>console</title>');
    }
    expect((await get(CONSOLE, '/console/assets/console-abc123.js')).body).toContain("'console'");
    // The portal's files are not on the console's origin.
    expect((await get(CONSOLE, '/assets/web-abc123.js')).status).toBe(404);
    // An old /console/ address lands on the same page at its new place.
    const moved = await get(CONSOLE, '/console/accounts/abc');
    expect(moved.status).toBe(301);
    expect(moved.headers.location).toBe('/accounts/abc');
    // Host names are case-insensitive.
    expect((await get('Console.Agency.Example', '/')).body).toContain('<title>console</title>');
  });

  it('serves the portal on its host, and never the console there', async () => {
    for (const path of ['/', '/my-case/1000000001']) {
      const answer = await get(PORTAL, path);
      expect(answer.status, path).toBe(200);
      expect(answer.body, path).toContain('<title>web</title>');
    }
    expect((await get(PORTAL, '/assets/web-abc123.js')).body).toContain("'web'");
    for (const path of [
      '/console',
      '/console/',
      '/console/accounts/abc',
      '/console/assets/console-abc123.js',
    ]) {
      const answer = await get(PORTAL, path);
      expect(answer.status, path).toBe(404);
      expect(answer.body, path).not.toContain('<title>console</title>');
    }
  });

  it('keeps CORS closed: no Access-Control-Allow-Origin for the other app', async () => {
    const answer = await call(port, PORTAL, 'OPTIONS', '/api/v1/staff/auth/refresh', {
      headers: { origin: `https://${CONSOLE}`, 'access-control-request-method': 'POST' },
    });
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('gives each app a __Host- cookie (Secure, Path=/, no Domain) of its own', async () => {
    const parent = await call(port, PORTAL, 'POST', '/api/v1/auth/sign-in', {
      json: { userId: 'demo.parent', password: DEMO_CUSTOMER_PASSWORD },
    });
    expect(parent.status, parent.body).toBe(200);
    const staff = await call(port, CONSOLE, 'POST', '/api/v1/staff/auth/sign-in', {
      json: {
        username: 'agent.demo',
        password: STAFF_PASSWORD,
        totp: totpAt(ctx.clock),
        acknowledgedWarning: true,
      },
    });
    expect(staff.status, staff.body).toBe(200);
    for (const [answer, name] of [
      [parent, '__Host-cos_refresh'],
      [staff, '__Host-cos_staff_refresh'],
    ] as const) {
      const [line, ...others] = setCookies(answer);
      expect(others).toEqual([]);
      expect(line).toMatch(new RegExp(`^${name}=[A-Za-z0-9_-]{43};`));
      const attributes = (line ?? '').split('; ').slice(1);
      expect(attributes).toEqual(expect.arrayContaining(['Path=/', 'HttpOnly', 'Secure', 'SameSite=Strict']));
      expect(attributes.some((attribute) => /^domain=/i.test(attribute))).toBe(false);
    }
  });

  it('refuses a cross-site or other-app refresh without touching the cookie; a same-origin one rotates it', async () => {
    const staff = await call(port, CONSOLE, 'POST', '/api/v1/staff/auth/sign-in', {
      json: {
        username: 'supervisor.demo',
        password: STAFF_PASSWORD,
        totp: totpAt(ctx.clock),
        acknowledgedWarning: true,
      },
    });
    expect(staff.status, staff.body).toBe(200);
    const token = cookieValue(staff, '__Host-cos_staff_refresh');
    const refresh = (host: string, headers: Record<string, string>) =>
      call(port, host, 'POST', '/api/v1/staff/auth/refresh', {
        headers: { cookie: `__Host-cos_staff_refresh=${token}`, 'x-user-idle-seconds': '0', ...headers },
      });
    const foreign: Record<string, string>[] = [
      { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
      { 'sec-fetch-site': 'same-site', origin: `https://${PORTAL}` },
      { origin: `https://${PORTAL}` },
    ];
    for (const headers of foreign) {
      const refused = await refresh(CONSOLE, headers);
      expect(refused.status, JSON.stringify(headers)).toBe(403);
      expect(setCookies(refused), JSON.stringify(headers)).toEqual([]);
    }
    const rotated = await refresh(CONSOLE, { 'sec-fetch-site': 'same-origin', origin: `https://${CONSOLE}` });
    expect(rotated.status, rotated.body).toBe(200);
    expect(cookieValue(rotated, '__Host-cos_staff_refresh')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('clears a refresh cookie only when one was presented', async () => {
    const bare = await call(port, PORTAL, 'POST', '/api/v1/auth/refresh', {
      headers: { 'sec-fetch-site': 'same-origin', origin: `https://${PORTAL}` },
    });
    expect(bare.status).toBe(401);
    expect(setCookies(bare)).toEqual([]);
    const signOut = await call(port, PORTAL, 'POST', '/api/v1/auth/sign-out', {
      headers: { 'sec-fetch-site': 'same-origin', origin: `https://${PORTAL}` },
    });
    expect(signOut.status).toBe(200);
    expect(setCookies(signOut)).toEqual([]);
    const stale = await call(port, PORTAL, 'POST', '/api/v1/auth/refresh', {
      headers: {
        cookie: `__Host-cos_refresh=${'x'.repeat(43)}`,
        'sec-fetch-site': 'same-origin',
        origin: `https://${PORTAL}`,
      },
    });
    expect(stale.status).toBe(401);
    const [cleared] = setCookies(stale);
    expect(cleared).toMatch(/^__Host-cos_refresh=;/);
    expect(cleared).toContain('Path=/');
    expect(cleared).toContain('Secure');
  });
});

describe('the default deployment: one origin, plain-HTTP development names', () => {
  const root = mkdtempSync(join(tmpdir(), 'cos-one-origin-'));
  let ctx: TestApp;
  let port: number;

  beforeAll(async () => {
    ctx = await createSeededTestApp({
      serveApps: { webDir: fakeBuild(root, 'web'), consoleDir: fakeBuild(root, 'console') },
    });
    port = await listen(ctx);
  });
  afterAll(async () => {
    await ctx?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves both apps on any host and keeps cos_refresh / cos_staff_refresh on their narrow paths', async () => {
    const host = `127.0.0.1:${port}`;
    expect((await call(port, host, 'GET', '/')).body).toContain('<title>web</title>');
    expect((await call(port, host, 'GET', '/console/')).body).toContain('<title>console</title>');
    const parent = await call(port, host, 'POST', '/api/v1/auth/sign-in', {
      json: { userId: 'demo.parent', password: DEMO_CUSTOMER_PASSWORD },
    });
    expect(setCookies(parent)[0]).toMatch(
      /^cos_refresh=[^;]+; Path=\/api\/v1\/auth; HttpOnly; Secure; SameSite=Strict$/,
    );
    const staff = await call(port, host, 'POST', '/api/v1/staff/auth/sign-in', {
      json: {
        username: 'agent.demo',
        password: STAFF_PASSWORD,
        totp: totpAt(ctx.clock),
        acknowledgedWarning: true,
      },
    });
    expect(setCookies(staff)[0]).toMatch(
      /^cos_staff_refresh=[^;]+; Path=\/api\/v1\/staff\/auth; HttpOnly; Secure; SameSite=Strict$/,
    );
  });
});
