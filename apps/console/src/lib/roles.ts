import type { StaffRole } from '@cos/contracts';

const RANK: Record<StaffRole, number> = { agent: 1, supervisor: 2, admin: 3 };

/** admin ⊇ supervisor ⊇ agent, as the API's guard decides (plugins/app/staff-guard.ts). */
export function hasRole(role: StaffRole, required: StaffRole): boolean {
  return RANK[role] >= RANK[required];
}
