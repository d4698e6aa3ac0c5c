import {
  arrangementLimitDate,
  arrangementWarning,
  jobsFromWeeklyHours,
  type IsoDate,
} from '@werkbrug/domain-rules';
import type { AftercareCheckInEntity } from '../aftercare/aftercare-check-in.entity.js';
import {
  placementRisk,
  toAftercareCheckInModel,
  toAftercareMomentModel,
} from '../aftercare/aftercare.mapper.js';
import {
  candidateLabel,
  type JobSeekerFacts,
  type PersonName,
} from '../introduction/pipeline-job-seekers.js';
import type { PlacementEntity } from './placement.entity.js';
import { PlacementModel } from './dto/placement.model.js';

/** A placement with employer and vacancy loaded. */
export interface PlacementView {
  placement: PlacementEntity;
  jobSeeker: JobSeekerFacts;
  /** Null where the viewer may not learn who it is. */
  name: PersonName | null;
  /**
   * Staff get the job-seeker's id to open the file, the aftercare outcomes and notes and the end
   * reason; employer users get none of these (notes and reasons can hold health information).
   */
  forStaff: boolean;
  /** The aftercare schedule, in due order. */
  checkIns: AftercareCheckInEntity[];
}

export function isActivePlacement(
  placement: Pick<PlacementEntity, 'endDate'>,
  today: IsoDate,
): boolean {
  return placement.endDate === null || placement.endDate >= today;
}

export function toPlacementModel(
  { placement, jobSeeker, name, forStaff, checkIns }: PlacementView,
  today: IsoDate,
): PlacementModel {
  const terms = {
    arrangement: placement.arrangement,
    startDate: placement.startDate,
    extended: placement.arrangementExtended,
  };
  const active = isActivePlacement(placement, today);
  const risk = placementRisk(checkIns, active, today);
  return Object.assign(new PlacementModel(), {
    id: placement.id,
    jobSeeker: {
      id: forStaff ? jobSeeker.id : null,
      candidateNumber: jobSeeker.candidateNumber,
      candidateLabel: candidateLabel(jobSeeker.candidateNumber),
      firstName: name?.firstName ?? null,
      lastName: name?.lastName ?? null,
    },
    employer: {
      id: placement.employer.id,
      name: placement.employer.name,
      sector: placement.employer.sector,
    },
    vacancy: placement.vacancy
      ? { id: placement.vacancy.id, title: placement.vacancy.title, kind: placement.vacancy.kind }
      : null,
    introductionId: placement.introductionId,
    contractType: placement.contractType,
    hoursPerWeek: placement.hoursPerWeek,
    startDate: placement.startDate,
    endDate: placement.endDate,
    active,
    instruments: placement.instruments,
    banenafspraakJobs: jobSeeker.inDoelgroepregister
      ? jobsFromWeeklyHours(placement.hoursPerWeek)
      : 0,
    arrangement: placement.arrangement,
    arrangementExtended: placement.arrangementExtended,
    limitDate: arrangementLimitDate(terms),
    warning: arrangementWarning({ ...terms, endDate: placement.endDate, today }),
    hourlyWage: placement.hourlyWage,
    loonwaardePercentage: placement.loonwaardePercentage,
    jobcoachHours: placement.jobcoachHours,
    jobcoachHoursUnit: placement.jobcoachHoursUnit,
    endReason: forStaff ? placement.endReason : null,
    endNote: forStaff ? placement.endNote : null,
    aftercareMoments: checkIns.map(toAftercareMomentModel),
    aftercareCheckIns: forStaff
      ? checkIns.map((checkIn) => toAftercareCheckInModel(checkIn, today))
      : null,
    atRisk: forStaff ? risk.atRisk : null,
    atRiskReason: forStaff ? risk.atRiskReason : null,
    createdAt: placement.createdAt,
    archivedAt: placement.archivedAt,
  });
}
