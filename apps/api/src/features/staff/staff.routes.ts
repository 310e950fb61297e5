// The contact center console's API (SPEC.md §6, §8): staff sign-in and sessions, account lookup,
// the account view and actions, the audit trail, and staff user administration. Every route but
// sign-in, refresh and sign-out declares `config: { staff: … }` (plugins/app/staff-guard.ts).
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

export const staffRoutes: FastifyPluginAsync<{ fieldEncryptionKey: Buffer }> = async (app, options) => {
  // Staff TOTP secrets are sealed with the field cipher (the seed does the same).
  const totpCipher = createFieldCipher(options.fieldEncryptionKey);
  await app.register(staffAuthRoutes, { totpCipher });
  await app.register(accountsRoutes);
  await app.register(accountFactorsRoutes);
  await app.register(auditTrailRoutes);
  await app.register(staffUsersRoutes);
  await app.register(contactRequestsRoutes);
  await app.register(staffChangeRequestRoutes);
  await app.register(staffApplicationsRoutes);
  await app.register(staffAppointmentsRoutes);
};
