import { canReachRegion } from '../../common/auth/scope.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { forbidden } from '../../common/errors/domain-error.js';
import type { VacancySummary } from './matching-data.js';

/**
 * A vacancy's candidates: its own employer's users (anonymously), and the staff of the employer's
 * region (candidates from every region; names only of files in their own regions).
 */
export function assertCanMatchVacancy(
  viewer: Viewer,
  vacancy: Pick<VacancySummary, 'employerId' | 'regionCode'>,
): void {
  const allowed =
    viewer.role === 'EMPLOYER_USER'
      ? viewer.employerId === vacancy.employerId
      : canReachRegion(viewer, vacancy.regionCode);
  if (!allowed) throw forbidden();
}

/** A pair's explanation: staff who serve either the employer's or the job-seeker's region. */
export function assertCanExplainPair(
  viewer: Viewer,
  vacancyRegionCode: string,
  jobSeekerRegionCode: string,
): void {
  if (!canReachRegion(viewer, vacancyRegionCode) && !canReachRegion(viewer, jobSeekerRegionCode))
    throw forbidden();
}
