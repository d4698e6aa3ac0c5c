import type { Viewer } from '../../common/auth/viewer.js';
import { forbidden } from '../../common/errors/domain-error.js';
import type { EmployerEntity } from '../employer/employer.entity.js';
import { canReadEmployer } from '../employer/employer-access.js';

/**
 * Job-carving requests follow their employer: its own users, and the account managers of its
 * region (and admins), reach them. Consultants and board members are kept out by the resolvers'
 * roles and here as well.
 */
export function assertCanReachJobCarving(
  viewer: Viewer,
  employer: Pick<EmployerEntity, 'id' | 'regionCode'>,
): void {
  if (
    viewer.role === 'CONSULTANT' ||
    viewer.role === 'BOARD_MEMBER' ||
    !canReadEmployer(viewer, employer)
  )
    throw forbidden();
}
