// What a console route hands to a staff service: the app's shared dependencies, who is asking
// (request context for the audit trail) and which staff member that is. No Fastify type inside.
import type { PrismaClient } from '@cos/db';
import type { SecurityPolicy, SsnCipher } from '@cos/security';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Clock } from '../../lib/clock.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { serviceDeps } from '../../lib/service-deps.ts';
import { requireStaff, type StaffSession } from './staff-guard.ts';

export interface StaffDeps {
  db: PrismaClient;
  clock: Clock;
  policy: SecurityPolicy;
  ssnCipher: SsnCipher;
  context: RequestContext;
  staff: StaffSession;
}

export function staffDeps(app: FastifyInstance, request: FastifyRequest): StaffDeps {
  const { db, clock, policy, ssnCipher, context } = serviceDeps(app, request);
  return { db, clock, policy, ssnCipher, context, staff: requireStaff(request) };
}
