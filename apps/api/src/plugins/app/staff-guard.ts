// Authorization for the contact center console, declared per route like the customer guard:
//   config: { staff: 'agent' | 'supervisor' | 'admin' }   a full staff session of at least that role
//                                                         (admin ⊇ supervisor ⊇ agent);
//   config: { staff: 'enrolment' }                        only a session that must enrol TOTP;
//   config: { staff: 'any' }                              any live staff session (me).
// A bearer JWT of audience cos-console whose session family is live; the role is the staff user's
// current one, read with the family in one query, so a demotion or a disabled user takes effect at
// once. A customer token (cos-portal), a wrong role or a session that must enrol TOTP first is
// refused with 403 FORBIDDEN, and refusals are audit events (`staff_access_denied`) aggregated: the
// first of a kind (who, route, reason) in a minute is written; the repeats within that minute are
// counted and reported by the next event of that kind (`repeats`), so a script hammering a route
// cannot flood the permanent trail with one row per call.
import type { StaffRole } from '@cos/contracts';
import type { FastifyInstance, FastifyRequest, onRequestHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { appendAudit, type AuditEntry } from '../../lib/audit.ts';
import { forbidden, unauthenticated } from '../../lib/errors.ts';
import { contextOf } from '../../lib/request-context.ts';
import type { StaffScope } from '../../identity/tokens.ts';
import { bearerToken } from './auth-guard.ts';

export type StaffAccess = StaffRole | 'enrolment' | 'any';

export interface StaffSession {
  staffUserId: string;
  familyId: string;
  role: StaffRole;
  scope: StaffScope;
  sessionExpiresAt: Date;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call this console route; absent for routes that are not the console's. */
    staff?: StaffAccess;
  }
  interface FastifyRequest {
    staff: StaffSession | null;
  }
  interface FastifyInstance {
    /** Every route that declared `config.staff`, as registered (the role matrix test walks them all). */
    consoleRoutes: ReadonlyArray<StaffRoute>;
  }
}

export type StaffRoute = { method: string; url: string; staff: StaffAccess };

const RANK: Record<StaffRole, number> = { agent: 1, supervisor: 2, admin: 3 };

const DENIAL_WINDOW_MS = 60_000;
/** Kinds remembered at once; past it the oldest are forgotten (their next denial is written). */
const MAX_DENIAL_KINDS = 10_000;

/**
 * Per process: whether a denial of this kind is written now, and how many repeats it reports. The
 * window starts at the written event; denials inside it only count.
 */
export function createDenialAggregator(windowMs = DENIAL_WINDOW_MS) {
  const kinds = new Map<string, { writtenAt: number; repeats: number }>();
  return (kind: string, now: Date): { write: false } | { write: true; repeats: number } => {
    const seen = kinds.get(kind);
    if (seen && now.getTime() - seen.writtenAt < windowMs) {
      seen.repeats += 1;
      return { write: false };
    }
    kinds.delete(kind);
    if (kinds.size >= MAX_DENIAL_KINDS) kinds.delete(kinds.keys().next().value ?? '');
    kinds.set(kind, { writtenAt: now.getTime(), repeats: 0 });
    return { write: true, repeats: seen?.repeats ?? 0 };
  };
}

/** The staff session of a route that declared `config.staff` (the guard has already run). */
export function requireStaff(request: FastifyRequest): StaffSession {
  if (!request.staff) throw unauthenticated();
  return request.staff;
}

const toArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

export const staffGuard = fp(
  async (app: FastifyInstance) => {
    app.decorateRequest('staff', null);
    const routes: StaffRoute[] = [];
    app.decorate('consoleRoutes', routes);

    const denials = createDenialAggregator();

    async function refuse(
      request: FastifyRequest,
      required: StaffAccess,
      who: AuditEntry['actor'],
      reason: string,
      role?: StaffRole,
    ) {
      const route = request.routeOptions.url ?? request.url.split('?')[0] ?? '';
      const kind = `${who?.type}:${who?.id}:${request.method}:${route}:${reason}`;
      const denial = denials(kind, app.clock.now());
      if (denial.write)
        await appendAudit(
          app.db.prisma,
          { clock: app.clock, context: contextOf(request) },
          {
            action: 'staff_access_denied',
            outcome: 'denied',
            actor: who,
            details: {
              method: request.method,
              route,
              required,
              reason,
              role: role ?? null,
              // Denials of this kind since the previous event of it, not written one by one.
              repeats: denial.repeats,
            },
          },
        );
      const message =
        reason === 'totp_enrolment_required'
          ? 'Set up your authenticator app to continue.'
          : 'You do not have access to this. If you need it, ask your supervisor.';
      return forbidden(message);
    }

    async function liveSession(familyId: string, staffUserId: string) {
      // Owner and limit are the same on every row of a family: any row will do (an index probe).
      const row = await app.db.prisma.refreshSession.findFirst({
        where: { familyId },
        select: { staffUserId: true, expiresAt: true, staffUser: { select: { role: true, status: true } } },
      });
      // Any revoked row ends the family (see isSessionActive in identity/sessions.ts).
      const revoked = await app.db.prisma.refreshSession.count({
        where: { familyId, revokedAt: { not: null } },
      });
      const user = row?.staffUser;
      const live =
        user &&
        row.staffUserId === staffUserId &&
        revoked === 0 &&
        row.expiresAt > app.clock.now() &&
        user.status === 'active';
      return live ? { role: user.role, expiresAt: row.expiresAt } : null;
    }

    app.addHook('onRoute', (route) => {
      const required = route.config?.staff;
      if (!required) return;
      for (const method of toArray(route.method))
        if (method !== 'HEAD') routes.push({ method, url: route.url, staff: required });
      const guard: onRequestHookHandler = async (request) => {
        const token = bearerToken(request);
        const claims = token ? app.tokens.verifyStaffAccess(token) : null;
        if (!token || !claims) {
          // A valid customer token is someone signed in to the portal trying the console.
          const customer = token ? app.tokens.verifyAccess(token) : null;
          if (customer)
            throw await refuse(request, required, { type: 'customer', id: customer.sub }, 'customer_token');
          throw unauthenticated();
        }
        const live = await liveSession(claims.sid, claims.sub);
        if (!live) throw unauthenticated();
        const actor = { type: 'staff' as const, id: claims.sub };
        request.staff = {
          staffUserId: claims.sub,
          familyId: claims.sid,
          role: live.role,
          scope: claims.scope,
          sessionExpiresAt: live.expiresAt,
        };
        if (required === 'any') return;
        if (required === 'enrolment') {
          if (claims.scope !== 'enrolment')
            throw await refuse(request, required, actor, 'already_enrolled', live.role);
          return;
        }
        if (claims.scope !== 'full')
          throw await refuse(request, required, actor, 'totp_enrolment_required', live.role);
        if (RANK[live.role] < RANK[required]) throw await refuse(request, required, actor, 'role', live.role);
      };
      route.onRequest = [...toArray(route.onRequest), guard];
      route.schema = { ...route.schema, security: [{ bearerAuth: [] }] };
    });
  },
  { name: 'staff-guard', dependencies: ['database', 'jwt-tokens'] },
);
