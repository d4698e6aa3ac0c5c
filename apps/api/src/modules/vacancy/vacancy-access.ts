import type { Viewer } from '../../common/auth/viewer.js';
import { forbidden } from '../../common/errors/domain-error.js';
import type { EmployerEntity } from '../employer/employer.entity.js';
import { canReadEmployer } from '../employer/employer-access.js';

type EmployerScope = Pick<EmployerEntity, 'id' | 'regionCode'>;

/**
 * Vacancies follow their employer: its own users, and the staff of its region, read them.
 * Writing is for the employer's users, account managers and admins (resolvers keep consultants
 * and board members out), so the same reach check applies.
 */
export function assertCanReadVacancies(viewer: Viewer, employer: EmployerScope): void {
  if (!canReadEmployer(viewer, employer)) throw forbidden();
}

export function assertCanManageVacancies(viewer: Viewer, employer: EmployerScope): void {
  if (
    viewer.role === 'CONSULTANT' ||
    viewer.role === 'BOARD_MEMBER' ||
    !canReadEmployer(viewer, employer)
  )
    throw forbidden();
}
