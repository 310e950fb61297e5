// `pnpm dev`: the API with reload (embedded database unless DATABASE_URL is set) and both SPAs on
// Vite's dev servers, which proxy /api to the API. Ctrl-C stops all three.
import { spawn } from 'node:child_process';

const processes = [
  ['api', ['exec', 'tsx', 'watch', 'apps/api/src/server.ts'], { SERVE_APPS: 'false' }],
  ['web', ['--filter', '@cos/web', 'run', 'dev'], {}],
  ['console', ['--filter', '@cos/console', 'run', 'dev'], {}],
].map(([name, args, env]) => {
  const child = spawn('pnpm', args, { stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code) => console.log(`[dev] ${name} exited with ${code}`));
  return child;
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of processes) child.kill(signal);
    process.exit(0);
  });
}
console.log(
  '[dev] portal http://localhost:5173/  console http://localhost:5174/console/  API http://localhost:3000/api/docs',
);
