import type { Role } from '@werkbrug/domain-rules';
import type { Viewer } from '../../common/auth/viewer.js';
import { forbidden } from '../../common/errors/domain-error.js';

/** The roles an account manager may look up (to assign employers and work with consultants). */
export const ROLES_VISIBLE_TO_ACCOUNT_MANAGERS: readonly Role[] = ['ACCOUNT_MANAGER', 'CONSULTANT'];

/** ADMINs reach every account; an account manager the account managers and consultants of its regions. */
export function canReadUser(
  viewer: Viewer,
  user: { role: Role; regionCodes: readonly string[] },
): boolean {
  if (viewer.role === 'ADMIN') return true;
  if (viewer.role !== 'ACCOUNT_MANAGER') return false;
  return (
    ROLES_VISIBLE_TO_ACCOUNT_MANAGERS.includes(user.role) &&
    user.regionCodes.some((code) => viewer.regionCodes.includes(code))
  );
}

export function assertCanReadUser(
  viewer: Viewer,
  user: { role: Role; regionCodes: readonly string[] },
): void {
  if (!canReadUser(viewer, user)) throw forbidden();
}
