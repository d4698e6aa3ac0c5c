import { jobsFromWeeklyHours, type IsoDate } from '@werkbrug/domain-rules';
import { candidateLabel, type JobSeekerFacts, type PersonName } from '../introduction/pipeline-job-seekers.js';
import type { PlacementEntity } from './placement.entity.js';
import { PlacementModel } from './dto/placement.model.js';

/** A placement with employer and vacancy loaded. */
export interface PlacementView {
  placement: PlacementEntity;
  jobSeeker: JobSeekerFacts;
  /** Null where the viewer may not learn who it is. */
  name: PersonName | null;
  /** Staff get the job-seeker's id to open the file; employer users do not. */
  withJobSeekerId: boolean;
}

export function isActivePlacement(placement: Pick<PlacementEntity, 'endDate'>, today: IsoDate): boolean {
  return placement.endDate === null || placement.endDate >= today;
}

export function toPlacementModel({ placement, jobSeeker, name, withJobSeekerId }: PlacementView, today: IsoDate): PlacementModel {
  return Object.assign(new PlacementModel(), {
    id: placement.id,
    jobSeeker: {
      id: withJobSeekerId ? jobSeeker.id : null,
      candidateNumber: jobSeeker.candidateNumber,
      candidateLabel: candidateLabel(jobSeeker.candidateNumber),
      firstName: name?.firstName ?? null,
      lastName: name?.lastName ?? null,
    },
    employer: { id: placement.employer.id, name: placement.employer.name, sector: placement.employer.sector },
    vacancy: placement.vacancy ? { id: placement.vacancy.id, title: placement.vacancy.title, kind: placement.vacancy.kind } : null,
    introductionId: placement.introductionId,
    contractType: placement.contractType,
    hoursPerWeek: placement.hoursPerWeek,
    startDate: placement.startDate,
    endDate: placement.endDate,
    active: isActivePlacement(placement, today),
    instruments: placement.instruments,
    banenafspraakJobs: jobSeeker.inDoelgroepregister ? jobsFromWeeklyHours(placement.hoursPerWeek) : 0,
    createdAt: placement.createdAt,
    archivedAt: placement.archivedAt,
  });
}
