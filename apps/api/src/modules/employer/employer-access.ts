import { canReachRegion } from '../../common/auth/scope.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { forbidden } from '../../common/errors/domain-error.js';
import type { EmployerEntity } from './employer.entity.js';

/** Employer users reach only their own employer; staff the employers of their regions. */
export function canReadEmployer(
  viewer: Viewer,
  employer: Pick<EmployerEntity, 'id' | 'regionCode'>,
): boolean {
  if (viewer.role === 'EMPLOYER_USER') return viewer.employerId === employer.id;
  return canReachRegion(viewer, employer.regionCode);
}

export function assertCanReadEmployer(
  viewer: Viewer,
  employer: Pick<EmployerEntity, 'id' | 'regionCode'>,
): void {
  if (!canReadEmployer(viewer, employer)) throw forbidden();
}

/** Changing the employer record itself is WSP work: account managers and admins. */
export function assertCanManageEmployer(
  viewer: Viewer,
  employer: Pick<EmployerEntity, 'id' | 'regionCode'>,
): void {
  if (viewer.role === 'EMPLOYER_USER' || !canReadEmployer(viewer, employer)) throw forbidden();
}
