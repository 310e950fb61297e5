// request.audit(entry): appends an audit event with this request's IP, request id and the app's
// clock. Services that write inside a transaction call lib/audit.ts's appendAudit with the
// transaction instead, so the event commits or rolls back with what it records.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { appendAudit, type AuditEntry } from '../../lib/audit.ts';
import { contextOf } from '../../lib/request-context.ts';

declare module 'fastify' {
  interface FastifyRequest {
    audit(entry: AuditEntry): Promise<void>;
  }
}

export const audit = fp(
  async (app: FastifyInstance) => {
    app.decorateRequest('audit', function audit(this: FastifyRequest, entry: AuditEntry) {
      return appendAudit(app.db.prisma, { clock: app.clock, context: contextOf(this) }, entry);
    });
  },
  { name: 'audit', dependencies: ['database'] },
);
