// What a first visit to a page transfers over the wire: the built apps served by the API (as in
// production, precompressed assets by Accept-Encoding), opened in Chromium with the cache off, and
// every response's encoded size read from the DevTools protocol once the page is usable and loaded. Budget (issue 17): the sign-in pages at most 150 KB of JavaScript and 20 KB of
// CSS. Needs `pnpm build` first; Chromium from CHROME_PATH or /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { machineLine, table, writeSection } from '../report.ts';
import { freePort, startApi } from '../servers.ts';

const KB = 1024;
const BUDGET = { script: 150 * KB, stylesheet: 20 * KB };

interface PageToWeigh {
  name: string;
  path: string;
  /** A field that shows once the page is usable. */
  ready: (page: Page) => ReturnType<Page['getByLabel']>;
  signIn: boolean;
}

const pages: PageToWeigh[] = [
  { name: 'portal sign-in', path: '/sign-in', ready: (page) => page.getByLabel('User ID'), signIn: true },
  {
    name: 'console sign-in',
    path: '/console/sign-in',
    ready: (page) => page.getByLabel('Username'),
    signIn: true,
  },
  { name: 'portal home', path: '/', ready: (page) => page.getByRole('heading', { level: 1 }), signIn: false },
  {
    name: 'portal register',
    path: '/register',
    ready: (page) => page.getByRole('heading', { level: 1 }),
    signIn: false,
  },
];

export function chromePath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`no Chromium at ${path}: set CHROME_PATH`);
  return path;
}

async function weigh(page: Page, url: string, ready: PageToWeigh['ready']) {
  const cdp = await page.context().newCDPSession(page);
  const responses = new Map<string, { type: string; url: string }>();
  const bytes = { script: 0, stylesheet: 0, other: 0 };
  cdp.on('Network.responseReceived', ({ requestId, type, response }) =>
    responses.set(requestId, { type: type.toLowerCase(), url: response.url }),
  );
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const { type, url } = responses.get(requestId) ?? { type: 'other', url: '?' };
    const key = type === 'script' || type === 'stylesheet' ? type : 'other';
    bytes[key] += encodedDataLength;
    // BENCH_DETAIL=1 lists every response: which chunk a page's bytes come from.
    if (process.env.BENCH_DETAIL)
      console.log(`  ${(encodedDataLength / KB).toFixed(1).padStart(7)} KB ${key} ${url}`);
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.goto(url);
  await ready(page).first().waitFor();
  // Not 'networkidle': the portal asks for the notices every few seconds, so the network never
  // rests for long on some pages. The load event and two quiet seconds cover the lazy chunks.
  await page.waitForLoadState('load');
  await page.waitForTimeout(2_000);
  return bytes;
}

export async function pageWeightScenario() {
  const api = await startApi(await freePort(), { env: { SERVE_APPS: 'true' } });
  const browser = await chromium.launch({
    executablePath: chromePath(),
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const rows: (string | number)[][] = [];
    const misses: string[] = [];
    for (const { name, path, ready, signIn } of pages) {
      const context = await browser.newContext();
      const bytes = await weigh(await context.newPage(), `${api.url}${path}`, ready);
      await context.close();
      const kb = (n: number) => (n / KB).toFixed(1);
      console.log(
        `${name}: JS ${kb(bytes.script)} KB, CSS ${kb(bytes.stylesheet)} KB, other ${kb(bytes.other)} KB`,
      );
      const within = bytes.script <= BUDGET.script && bytes.stylesheet <= BUDGET.stylesheet;
      if (signIn && !within) misses.push(name);
      rows.push([
        `${name} \`${path}\``,
        kb(bytes.script),
        kb(bytes.stylesheet),
        kb(bytes.other),
        signIn ? (within ? 'yes' : 'no') : '',
      ]);
    }
    const verdict =
      misses.length === 0
        ? 'Both sign-in pages are within the budget.'
        : `Over the budget: ${misses.join(', ')}.`;
    writeSection(
      'Page weight: first visit, compressed bytes over the wire',
      `${machineLine()} The built apps served by the API (\`pnpm build\`, precompressed brotli/gzip assets), Chromium ${browser.version()} with the cache off; encoded bytes per response from the DevTools protocol, counted until the page is usable, loaded and two seconds quiet. Budget for the sign-in pages: 150 KB JavaScript, 20 KB CSS.\n\n${table(
        ['page', 'JS KB', 'CSS KB', 'other KB (HTML, API, fonts, images)', 'sign-in budget met'],
        rows,
      )}\n\n${verdict}`,
    );
  } finally {
    await browser.close();
    await api.stop();
  }
}
