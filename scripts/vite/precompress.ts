// Writes a brotli (.br) and a gzip (.gz) copy beside every compressible file of a build, so the
// API sends the built apps compressed without compressing them on each request
// (apps/api/src/plugins/app/static-apps.ts serves them with @fastify/static's `preCompressed`).
// Hand-written on node:zlib rather than a plugin from npm: it is one loop, it needs the highest
// settings (brotli 11, gzip 9: fine once at build time, far too slow per request), and it keeps a
// build-time dependency out of both apps.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text formats; images and fonts (png, jpg, woff2) are compressed already. */
const compressible = /\.(?:js|mjs|css|html|svg|json|txt|xml|webmanifest)$/;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

export async function precompressDirectory(dir: string): Promise<number> {
  const files = (await filesUnder(dir)).filter((file) => compressible.test(file));
  await Promise.all(
    files.map(async (file) => {
      const content = await readFile(file);
      const [br, gz] = await Promise.all([
        brotli(content, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        }),
        gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
    }),
  );
  return files.length;
}

/**
 * The part of Vite's Plugin interface this plugin uses, spelled out so the file needs no `vite`
 * import (it sits outside both apps, where `vite` does not resolve).
 */
interface BuildPlugin {
  name: string;
  apply: 'build';
  configResolved(config: { root: string; build: { outDir: string } }): void;
  closeBundle(): Promise<void>;
}

/** Vite plugin: precompresses the output folder once the bundle is written (production builds only). */
export function precompress(): BuildPlugin {
  let outDir = 'dist';
  return {
    name: 'cos-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await precompressDirectory(outDir);
    },
  };
}
