import { aftercareRisk, isAftercareOverdue, type IsoDate } from '@werkbrug/domain-rules';
import { daysBetween } from '@werkbrug/results';
import { candidateLabel } from '../introduction/pipeline-job-seekers.js';
import { isActivePlacement } from '../placement/placement.mapper.js';
import type { AftercareCheckInEntity } from './aftercare-check-in.entity.js';
import type { AftercareTaskView } from './aftercare.service.js';
import {
  AftercareCheckInModel,
  AftercareMomentModel,
  AftercareTaskModel,
} from './dto/aftercare.model.js';

/** What an employer may see: when, and whether it took place; no outcome, channel or note. */
export function toAftercareMomentModel(checkIn: AftercareCheckInEntity): AftercareMomentModel {
  return Object.assign(new AftercareMomentModel(), {
    id: checkIn.id,
    kind: checkIn.kind,
    dueDate: checkIn.dueDate,
    status: checkIn.status,
    completedOn: checkIn.completedOn,
  });
}

export function toAftercareCheckInModel(
  checkIn: AftercareCheckInEntity,
  today: IsoDate,
): AftercareCheckInModel {
  const overdue = isAftercareOverdue(checkIn, today);
  return Object.assign(new AftercareCheckInModel(), {
    ...toAftercareMomentModel(checkIn),
    placementId: checkIn.placementId,
    outcome: checkIn.outcome,
    channel: checkIn.channel,
    note: checkIn.note,
    completedByName: checkIn.completedBy?.displayName ?? null,
    overdue,
    daysOverdue: overdue ? daysBetween(checkIn.dueDate, today) : 0,
  });
}

/** At risk only while the placement runs: an ended placement has nothing left to save. */
export function placementRisk(
  checkIns: readonly AftercareCheckInEntity[],
  active: boolean,
  today: IsoDate,
): { atRisk: boolean; atRiskReason: string | null } {
  const reason = active ? aftercareRisk(checkIns, today) : null;
  return { atRisk: reason !== null, atRiskReason: reason };
}

export function toAftercareTaskModel(view: AftercareTaskView, today: IsoDate): AftercareTaskModel {
  const { checkIn, jobSeeker, name, schedule } = view;
  const placement = checkIn.placement;
  return Object.assign(new AftercareTaskModel(), {
    checkIn: toAftercareCheckInModel(checkIn, today),
    placement: {
      id: placement.id,
      candidateLabel: candidateLabel(jobSeeker.candidateNumber),
      jobSeekerName: name ? `${name.firstName} ${name.lastName}` : null,
      employerId: placement.employer.id,
      employerName: placement.employer.name,
      accountManagerName: placement.employer.accountManager?.displayName ?? null,
      startDate: placement.startDate,
      ...placementRisk(schedule, isActivePlacement(placement, today), today),
    },
  });
}
