// The server process: parse the environment (a refusal is one line and exit 1, before anything
// starts), start (start.ts), and on SIGTERM/SIGINT finish in-flight requests, refuse new ones, close
// the pool and stop the embedded database. Logs are JSON lines on stdout (pino).
import closeWithGrace from 'close-with-grace';
import { prettifyError, ZodError } from 'zod';
import { EnvError, loadEnv } from './env.ts';
import { printBanner } from './lib/banner.ts';
import { createProcessLogger } from './lib/logger.ts';
import { startServer } from './start.ts';

async function main() {
  let log = createProcessLogger('info');
  try {
    const env = loadEnv();
    log = createProcessLogger(env.LOG_LEVEL);
    const server = await startServer(env, log);
    closeWithGrace({ delay: 15_000 }, async ({ signal, err }) => {
      if (err) log.error({ err }, 'shutting down after an error');
      else log.info({ signal }, 'shutting down');
      // SIGTERM is how an orchestrator or a rolling restart stops an instance: drain first, so the
      // balancer takes it out before the socket closes (plugins/app/drain.ts). Ctrl-C stops at once.
      if (signal === 'SIGTERM' && env.SHUTDOWN_DRAIN_MS > 0) {
        server.app.startDrain();
        await new Promise((resolve) => setTimeout(resolve, env.SHUTDOWN_DRAIN_MS));
      }
      await server.close();
    });
    log.info(
      { port: server.port, metricsPort: server.metricsPort, nodeEnv: env.NODE_ENV, demoData: server.seeded },
      'Customer Online Services is running',
    );
    if (env.NODE_ENV !== 'production') {
      printBanner({
        port: server.port,
        metricsPort: server.metricsPort,
        embeddedDataDir: server.embeddedDataDir,
        seeded: server.seeded,
      });
    }
  } catch (error) {
    // One line saying what to fix: the variable for a configuration refusal, else the cause.
    if (error instanceof EnvError) log.fatal(error.message);
    else if (error instanceof ZodError)
      log.fatal(`Invalid security policy (POLICY_* variables): ${prettifyError(error).replace(/\n/g, ' ')}`);
    else log.fatal(`Start-up failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

await main();
