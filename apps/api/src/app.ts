// buildApp(): the whole API as one Fastify instance, built the same way by the server and by every
// test (which drive it with inject()). External plugins first, then the app's own, then features.
import { loadCommonPasswords, refusingControlCharacters } from '@cos/contracts';
import type { Db } from '@cos/db';
import { securityPolicy, type ResolvedSecrets, type SecurityPolicy } from '@cos/security';
import Fastify, { type FastifyServerOptions } from 'fastify';
import type { ZodType } from 'zod';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { accountRoutes } from './features/account/account.routes.ts';
import { applicationsRoutes } from './features/applications/applications.routes.ts';
import { authRoutes } from './features/auth/auth.routes.ts';
import { changePasswordRoutes } from './features/auth/change-password.routes.ts';
import { sessionRoutes } from './features/auth/session.routes.ts';
import { appointmentsRoutes } from './features/appointments/appointments.routes.ts';
import { casesRoutes } from './features/cases/cases.routes.ts';
import { documentsRoutes } from './features/documents/documents.routes.ts';
import { changeRequestRoutes } from './features/change-requests/change-requests.routes.ts';
import { factorRoutes } from './features/factors/factors.routes.ts';
import { directDepositRoutes } from './features/direct-deposit/direct-deposit.routes.ts';
import { contactRoutes } from './features/contact/contact.routes.ts';
import { healthRoutes } from './features/health/health.routes.ts';
import { noticesRoutes } from './features/notices/notices.routes.ts';
import { notificationPreferenceRoutes } from './features/notification-preferences/notification-preferences.routes.ts';
import { emailConfirmationRoutes } from './features/email-confirmation/email-confirmation.routes.ts';
import { officesRoutes } from './features/offices/offices.routes.ts';
import { paymentWebhookRoutes } from './features/payments/payment-webhook.routes.ts';
import { paymentsRoutes } from './features/payments/payments.routes.ts';
import { recoveryRoutes } from './features/recovery/recovery.routes.ts';
import { registrationRoutes } from './features/registration/registration.routes.ts';
import { changeSecurityQuestionRoutes } from './features/security-questions/change-security-questions.routes.ts';
import { securityQuestionRoutes } from './features/security-questions/security-questions.routes.ts';
import { staffRoutes } from './features/staff/staff.routes.ts';
import { type Clock, systemClock } from './lib/clock.ts';
import { loggerOptions } from './lib/logger.ts';
import { requestIdGenerator } from './lib/request-id.ts';
import type { DocumentStorage } from './lib/document-storage.ts';
import type { Mailer } from './lib/mailer.ts';
import type { Metrics } from './lib/metrics.ts';
import type { VerifyPassword } from './identity/passwords.ts';
import { refreshCookiesFor, type RefreshCookies } from './identity/session-grant.ts';
import type { PaymentProcessor } from './lib/payment-processor.ts';
import { builtApps } from './lib/paths.ts';
import { audit } from './plugins/app/audit.ts';
import { clientAppVersionPolicy } from './plugins/app/client-app-version.ts';
import { contentCache } from './plugins/app/content-cache.ts';
import { authGuard } from './plugins/app/auth-guard.ts';
import { database } from './plugins/app/database.ts';
import { documentStorage } from './plugins/app/document-storage.ts';
import { drain } from './plugins/app/drain.ts';
import { errorHandler } from './plugins/app/error-handler.ts';
import { jobs, type JobsOptions } from './plugins/app/jobs.ts';
import { mailer } from './plugins/app/mailer.ts';
import { noStoreByDefault } from './plugins/app/no-store.ts';
import { paymentProcessor } from './plugins/app/payment-processor.ts';
import { relyingParty } from './plugins/app/relying-party.ts';
import { requestMetrics } from './plugins/app/request-metrics.ts';
import { security } from './plugins/app/security.ts';
import type { RelyingParty } from './identity/webauthn.ts';
import { staffGuard } from './plugins/app/staff-guard.ts';
import { compression } from './plugins/external/compress.ts';
import { staticApps, type StaticAppsOptions } from './plugins/app/static-apps.ts';
import { cookies } from './plugins/external/cookie.ts';
import { securityHeaders } from './plugins/external/helmet.ts';
import { jwtTokens } from './plugins/external/jwt.ts';
import { openApi } from './plugins/external/openapi.ts';
import { rateLimits } from './plugins/external/rate-limit.ts';
import { loadShedding } from './plugins/external/under-pressure.ts';

export interface BuildAppOptions {
  db: Db;
  /** JWT signing and SSN keys (server: resolveSecrets; tests: fixed test keys). */
  secrets: ResolvedSecrets;
  /** The security policy in force (defaults with the operator's overrides); the defaults if absent. */
  policy?: SecurityPolicy;
  /** The common-password list; loaded once here if absent. */
  commonPasswords?: ReadonlySet<string>;
  /** argon2 verification; tests wrap it to count verifications. */
  verifyPassword?: VerifyPassword;
  clock?: Clock;
  /** pino options, or false for silence (tests). */
  logger?: FastifyServerOptions['logger'];
  logLevel?: string;
  /**
   * The public origins of the two apps (PORTAL_ORIGIN, CONSOLE_ORIGIN): refresh and sign-out refuse
   * an Origin other than their app's. Unset: the origin each request was addressed to (one origin).
   */
  origins?: AppOrigins;
  /**
   * `__Host-` prefixed refresh cookies with Path=/ (COOKIE_SECURE; on by default in production);
   * plain-HTTP development keeps today's names and narrow paths (identity/session-grant.ts).
   */
  hostPrefixedCookies?: boolean;
  /** Proxies whose X-Forwarded-For is believed (addresses or CIDRs); none by default. */
  trustProxy?: string[];
  /** Serve the built SPAs; off in API tests unless a test asks for it. */
  serveApps?: StaticAppsOptions | false;
  /**
   * Shed load when the event loop stalls (on by default). API tests turn it off: a busy test
   * machine right after start-up would otherwise answer them 503 at random.
   */
  loadShedding?: boolean;
  /** Outgoing email; the outbox stand-in (email_outbox table) when absent. */
  mailer?: Mailer;
  /** Where uploaded documents are kept; the PostgreSQL store on `db` when absent. */
  documentStorage?: DocumentStorage;
  /**
   * The card processor; when absent (and test processors are allowed), the labelled test double,
   * started as its own HTTP server (test-processor/) and stopped with the app.
   */
  paymentProcessor?: PaymentProcessor;
  /** How long a processor call may take before the payment is answered as unknown (504). */
  paymentTimeoutMs?: number;
  /**
   * Whether the test processor may take payments (true by default). The server passes false in
   * production: there, with no real processor configured, Make Payment answers 503 rather than
   * show parents a receipt for money that never moved.
   */
  allowTestPaymentProcessor?: boolean;
  /** Parents' passkeys: RP id, name and allowed origins (WEBAUTHN_*); localhost:3000 when absent. */
  relyingParty?: RelyingParty;
  /**
   * The background job runner and the outbox sender (plugins/app/jobs.ts); none when absent (API
   * tests that do not need it). The server always passes one.
   */
  jobs?: JobsOptions | false;
  /** Port for the test processor's own server; a free one chosen at run time when absent or 0. */
  testProcessorPort?: number;
  /** The processor's webhook signing secret (HMAC-SHA256); webhooks answer 503 without one. */
  paymentWebhookSecret?: string;
  /** Request timings for Prometheus (the server's metrics listener); none when absent. */
  metrics?: Metrics;
  /**
   * The OpenAPI page (/api/docs) and document (/api/openapi.json); on by default. The server turns
   * them off in production: the API's full shape is for developers, not for every visitor.
   */
  apiDocs?: boolean;
  /**
   * Refuse sign-in to the demo staff accounts (agent.demo, supervisor.demo, admin.demo) even when
   * present in the database, whatever the password; the server sets it in production, whose
   * database must never let the publicly documented demo credentials in.
   */
  refuseDemoStaff?: boolean;
}

export async function buildApp(options: BuildAppOptions) {
  const trustProxy = options.trustProxy ?? [];
  const policy = options.policy ?? securityPolicy;
  const commonPasswords = options.commonPasswords ?? (await loadCommonPasswords());
  const app = Fastify({
    logger: options.logger ?? loggerOptions(options.logLevel ?? 'info'),
    // X-Request-Id from a trusted proxy, else a fresh UUID; logged as reqId on every line.
    genReqId: requestIdGenerator(trustProxy),
    requestIdHeader: false,
    trustProxy: trustProxy.length > 0 ? trustProxy : false,
    bodyLimit: 64 * 1024,
    // A client that stops sending (or trickles a request to hold a connection) is cut off: a socket
    // idle for 60 s closes, and a request not received whole within 120 s (time for a 10 MB upload
    // at 1 Mbit/s) answers 408. Node's defaults would wait 5 minutes, or forever without these.
    connectionTimeout: 60_000,
    requestTimeout: 120_000,
    forceCloseConnections: 'idle',
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();

  // Every body, query and path refuses control characters before its own schema runs (a 400 naming
  // the field, never a 500 from PostgreSQL): one rule, so no route can forget it.
  app.setValidatorCompiler<ZodType>((route) =>
    validatorCompiler({ ...route, schema: refusingControlCharacters(route.schema) }),
  );
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('clock', options.clock ?? systemClock);
  app.decorate('origins', options.origins ?? {});
  app.decorate('refreshCookies', refreshCookiesFor(options.hostPrefixedCookies ?? false));
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });

  if (options.metrics) await app.register(requestMetrics, { metrics: options.metrics });
  await app.register(errorHandler);
  await app.register(drain);
  // Before the security headers: the CSP's frame-src names the processor's hosted-form origin.
  await app.register(paymentProcessor, {
    processor: options.paymentProcessor,
    timeoutMs: options.paymentTimeoutMs,
    allowTestProcessor: options.allowTestPaymentProcessor,
    testProcessorPort: options.testProcessorPort,
    webhookSecret: options.paymentWebhookSecret,
  });
  await app.register(securityHeaders, {
    frameSrc: app.paymentProcessor ? [app.paymentProcessor.hostedForm.origin] : [],
  });
  if (options.loadShedding ?? true) await app.register(loadShedding);
  await app.register(compression);
  if (options.apiDocs ?? true) await app.register(openApi);
  await app.register(database, { db: options.db });
  await app.register(noStoreByDefault);
  await app.register(cookies);
  await app.register(rateLimits, { policy });
  await app.register(security, {
    secrets: options.secrets,
    policy,
    commonPasswords,
    verifyPassword: options.verifyPassword,
  });
  await app.register(jwtTokens, { secret: options.secrets.jwtSecret, policy });
  await app.register(audit);
  await app.register(relyingParty, { relyingParty: options.relyingParty });
  await app.register(mailer, { mailer: options.mailer });
  await app.register(documentStorage, { storage: options.documentStorage });
  await app.register(jobs, { jobs: options.jobs });
  await app.register(authGuard);
  await app.register(staffGuard);
  await app.register(contentCache);
  await app.register(clientAppVersionPolicy);

  await app.register(healthRoutes);
  await app.register(securityQuestionRoutes);
  await app.register(authRoutes);
  await app.register(sessionRoutes);
  await app.register(changePasswordRoutes);
  await app.register(changeSecurityQuestionRoutes);
  await app.register(registrationRoutes);
  await app.register(recoveryRoutes);
  await app.register(accountRoutes);
  await app.register(factorRoutes);
  await app.register(casesRoutes);
  await app.register(changeRequestRoutes);
  await app.register(paymentsRoutes);
  await app.register(paymentWebhookRoutes);
  await app.register(notificationPreferenceRoutes);
  await app.register(emailConfirmationRoutes);
  await app.register(officesRoutes);
  await app.register(applicationsRoutes);
  await app.register(contactRoutes);
  await app.register(staffRoutes, {
    fieldEncryptionKey: options.secrets.fieldEncryptionKey,
    refuseDemoStaff: options.refuseDemoStaff ?? false,
  });
  await app.register(documentsRoutes);
  await app.register(appointmentsRoutes);
  await app.register(noticesRoutes);
  await app.register(directDepositRoutes, { fieldEncryptionKey: options.secrets.fieldEncryptionKey });

  const serveApps = options.serveApps ?? false;
  if (serveApps) {
    const consoleHost = options.origins?.console ? new URL(options.origins.console).host : undefined;
    await app.register(staticApps, { consoleHost, ...serveApps });
  }
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
export { builtApps };

export type AppOrigins = { portal?: string | undefined; console?: string | undefined };

declare module 'fastify' {
  interface FastifyInstance {
    clock: Clock;
    origins: AppOrigins;
    refreshCookies: RefreshCookies;
  }
}
