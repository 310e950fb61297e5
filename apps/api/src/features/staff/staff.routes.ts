// The contact center console's API (docs/product.md §6, §8) — every staff and admin route lives under this
// folder (README.md): staff sign-in and sessions, account lookup, the account view and actions, the
// audit trail, the request queues, notices, switches and app versions, offices and staff users.
// Every route but sign-in, refresh and sign-out declares `config: { staff: … }`
// (plugins/app/staff-guard.ts).
import { staffJobsRoutes } from './staff-jobs/jobs.routes.ts';
import { createFieldCipher } from '@cos/security';
import type { FastifyPluginAsync } from 'fastify';
import { accountFactorsRoutes } from './staff-accounts/account-factors.routes.ts';
import { accountsRoutes } from './staff-accounts/accounts.routes.ts';
import { staffAuthRoutes } from './staff-auth/staff-auth.routes.ts';
import { contactRequestsRoutes } from './staff-contact/contact-requests.routes.ts';
import { auditTrailRoutes } from './staff-audit/audit-trail.routes.ts';
import { staffApplicationsRoutes } from './staff-applications/applications.routes.ts';
import { staffAppointmentsRoutes } from './staff-appointments/appointments.routes.ts';
import { staffChangeRequestRoutes } from './staff-change-requests/change-requests.routes.ts';
import { staffUsersRoutes } from './staff-users/staff-users.routes.ts';
import { noticesAdminRoutes } from './staff-content/notices-admin.routes.ts';
import { documentReviewRoutes } from './staff-documents/document-review.routes.ts';
import { officesAdminRoutes } from './staff-offices/offices-admin.routes.ts';

export const staffRoutes: FastifyPluginAsync<{
  fieldEncryptionKey: Buffer;
  refuseDemoStaff: boolean;
}> = async (app, options) => {
  // Staff TOTP secrets are sealed with the field cipher (the seed does the same).
  const totpCipher = createFieldCipher(options.fieldEncryptionKey);
  await app.register(staffAuthRoutes, { totpCipher, refuseDemoStaff: options.refuseDemoStaff });
  await app.register(accountsRoutes);
  await app.register(accountFactorsRoutes);
  await app.register(auditTrailRoutes);
  await app.register(staffUsersRoutes);
  await app.register(contactRequestsRoutes);
  await app.register(staffChangeRequestRoutes);
  await app.register(staffApplicationsRoutes);
  await app.register(staffAppointmentsRoutes);
  await app.register(documentReviewRoutes);
  await app.register(noticesAdminRoutes);
  await app.register(officesAdminRoutes);
  await app.register(staffJobsRoutes);
};
