// Feature switches and the app version policy, changed from the console (supervisor; docs/product.md §4).
// Each change is one audited transaction with the value before and after and, for a switch, the
// reason the supervisor gave.
import {
  compareAppVersions,
  parseAppVersion,
  type AdminFeatureSwitch,
  type AppVersionPolicy,
  type SetFeatureSwitchRequest,
  type UpdateAppVersionPolicyRequest,
} from '@cos/contracts';
import { CLIENT_APP_PLATFORM } from '@cos/contracts';
import type { Prisma } from '@cos/db';
import { badRequest, notFound } from '../../../lib/errors.ts';
import { audited } from '../../../plugins/app/audited.ts';
import type { StaffDeps } from '../../../plugins/app/staff-deps.ts';

const switchSelect = {
  key: true,
  description: true,
  enabled: true,
  message: true,
  isPublic: true,
  updatedAt: true,
  updatedBy: true,
} as const;
type SwitchRow = Prisma.FeatureSwitchGetPayload<{ select: typeof switchSelect }>;

const toSwitch = (row: SwitchRow): AdminFeatureSwitch => ({ ...row, updatedAt: row.updatedAt.toISOString() });

export async function listSwitches({
  db,
}: {
  db: Prisma.TransactionClient;
}): Promise<{ items: AdminFeatureSwitch[] }> {
  const rows = await db.featureSwitch.findMany({ select: switchSelect, orderBy: { key: 'asc' } });
  return { items: rows.map(toSwitch) };
}

export async function setSwitch(
  deps: StaffDeps,
  key: string,
  input: SetFeatureSwitchRequest,
): Promise<AdminFeatureSwitch> {
  const row = await audited(
    deps,
    async (tx) => {
      const before = await tx.featureSwitch.findUnique({ where: { key }, select: switchSelect });
      if (!before) throw notFound('There is no feature switch with this name.');
      const after = await tx.featureSwitch.update({
        where: { key },
        data: { enabled: input.enabled, updatedBy: deps.staff.staffUserId, updatedAt: deps.clock.now() },
        select: switchSelect,
      });
      return { before, after };
    },
    ({ before, after }) => ({
      action: 'staff_feature_switched',
      subject: { type: 'feature_switch', id: key },
      details: {
        key,
        reason: input.reason,
        before: JSON.stringify({ enabled: before.enabled }),
        after: JSON.stringify({ enabled: after.enabled }),
      },
    }),
  );
  return toSwitch(row.after);
}

const policySelect = {
  platform: true,
  minimumVersion: true,
  latestVersion: true,
  upgradeMessage: true,
} as const;

export async function getAppPolicy({ db }: { db: Prisma.TransactionClient }): Promise<AppVersionPolicy> {
  const row = await db.appVersionPolicy.findUnique({
    where: { platform: CLIENT_APP_PLATFORM },
    select: policySelect,
  });
  if (!row) throw notFound('No app version policy is set.');
  return row;
}

export async function updateAppPolicy(
  deps: StaffDeps,
  input: UpdateAppVersionPolicyRequest,
): Promise<AppVersionPolicy> {
  const minimum = parseAppVersion(input.minimumVersion);
  const latest = parseAppVersion(input.latestVersion);
  if (minimum && latest && compareAppVersions(minimum, latest) > 0) {
    throw badRequest('Some of the information is missing or not valid.', [
      { field: 'latestVersion', message: 'The latest version cannot be below the minimum.' },
    ]);
  }
  const { after } = await audited(
    deps,
    async (tx) => {
      const before = await getAppPolicy({ db: tx });
      const after = await tx.appVersionPolicy.update({
        where: { platform: CLIENT_APP_PLATFORM },
        data: {
          minimumVersion: input.minimumVersion,
          latestVersion: input.latestVersion,
          upgradeMessage: input.upgradeMessage,
          updatedAt: deps.clock.now(),
        },
        select: policySelect,
      });
      return { before, after };
    },
    ({ before, after }) => ({
      action: 'staff_app_policy_updated',
      subject: { type: 'app_version_policy', id: CLIENT_APP_PLATFORM },
      details: { before: JSON.stringify(before), after: JSON.stringify(after) },
    }),
  );
  return after;
}
