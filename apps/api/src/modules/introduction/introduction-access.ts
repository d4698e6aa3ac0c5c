import { canReachRegion } from '../../common/auth/scope.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { forbidden } from '../../common/errors/domain-error.js';

/** Where a pipeline record (introduction, placement) sits: the employer's region and the job-seeker's. */
export interface PipelineScope {
  employerId: string;
  employerRegionCode: string;
  jobSeekerRegionCode: string;
}

/**
 * An employer user reaches the records of its own employer. Staff reach a record through either
 * side: the account manager serves the employer's region, the consultant the job-seeker's.
 */
export function canReachPipelineRecord(viewer: Viewer, scope: PipelineScope): boolean {
  if (viewer.role === 'EMPLOYER_USER') return viewer.employerId === scope.employerId;
  return (
    canReachRegion(viewer, scope.employerRegionCode) ||
    canReachRegion(viewer, scope.jobSeekerRegionCode)
  );
}

export function assertCanReachPipelineRecord(viewer: Viewer, scope: PipelineScope): void {
  if (!canReachPipelineRecord(viewer, scope)) throw forbidden();
}

/** Starting a record (proposing someone, recording a placement) needs both sides in the staff member's regions. */
export function assertCanStartPipelineRecord(
  viewer: Viewer,
  scope: Omit<PipelineScope, 'employerId'>,
): void {
  if (
    !canReachRegion(viewer, scope.employerRegionCode) ||
    !canReachRegion(viewer, scope.jobSeekerRegionCode)
  ) {
    throw forbidden('De werkgever en de inwoner moeten allebei in uw werkgebied liggen.');
  }
}
