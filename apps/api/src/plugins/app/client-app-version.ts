// The mobile app version policy (docs/product.md §4): a request that says `X-Client-App: DCSSOnTheGo/<version>`
// from a version below the minimum is answered 426 APP_VERSION_UNSUPPORTED with the upgrade message
// (and the minimum in X-Minimum-App-Version), before any route work. A header that cannot be read
// (`5.x`, empty, another shape) is a 400, never a 500; no header (the web apps) passes. The policy
// endpoint and the health checks stay reachable, so an old app can still learn it must upgrade.
import { CLIENT_APP_PLATFORM, compareAppVersions, parseAppVersion } from '@cos/contracts';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError } from '../../lib/errors.ts';

export const VERSION_POLICY_PATH = '/api/v1/app/version-policy';
const ALWAYS_REACHABLE = new Set([VERSION_POLICY_PATH, '/api/health', '/api/ready']);
const HEADER = 'x-client-app';
const CLIENT_APP = new RegExp(`^${CLIENT_APP_PLATFORM}/(\\S+)$`);

const invalidClientApp = () =>
  new DomainError('INVALID_CLIENT_APP', 400, 'The X-Client-App header must look like DCSSOnTheGo/5.1.', {
    fields: [
      { field: 'X-Client-App', message: 'Use DCSSOnTheGo/<major>.<minor>, for example DCSSOnTheGo/5.1.' },
    ],
  });

/** The version the header names, or null when it is not DCSSOnTheGo/<major>.<minor>[.<patch>]. */
export function clientAppVersion(header: string): [number, number, number] | null {
  const match = CLIENT_APP.exec(header.trim());
  return match?.[1] ? parseAppVersion(match[1]) : null;
}

export const clientAppVersionPolicy = fp(
  async (app: FastifyInstance) => {
    app.addHook('onRequest', async (request) => {
      const header = request.headers[HEADER];
      if (header === undefined || !request.url.startsWith('/api/')) return;
      if (ALWAYS_REACHABLE.has(request.url.split('?')[0] ?? '')) return;
      const version = typeof header === 'string' ? clientAppVersion(header) : null;
      if (!version) throw invalidClientApp();
      const policy = (await app.content.current()).policy;
      if (!policy?.minimum || compareAppVersions(version, policy.minimum) >= 0) return;
      throw new DomainError('APP_VERSION_UNSUPPORTED', 426, policy.upgradeMessage, {
        headers: { 'x-minimum-app-version': policy.minimumVersion },
      });
    });
  },
  { name: 'client-app-version', dependencies: ['content-cache'] },
);
