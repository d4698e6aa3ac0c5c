import type { Role } from '@werkbrug/domain-rules';
import { nextStatusesFor, revealsIdentity } from './introduction-status.js';
import type { IntroductionEntity, IntroductionStatusChangeEntity } from './introduction.entity.js';
import { candidateLabel, type JobSeekerFacts, type PersonContact, type PersonName } from './pipeline-job-seekers.js';
import {
  EmployerIntroductionModel,
  IntroducedCandidateModel,
  IntroductionModel,
  IntroductionVacancyModel,
} from './dto/introduction.model.js';

/** An introduction with vacancy.employer, createdBy and history.changedBy loaded. */
export interface IntroductionView {
  introduction: IntroductionEntity;
  jobSeeker: JobSeekerFacts;
  /** Null where the job-seeker register did not hand out the name. */
  name: PersonName | null;
}

export interface EmployerIntroductionView {
  introduction: IntroductionEntity;
  jobSeeker: JobSeekerFacts;
  /** Only fetched for introductions that reveal who it is. */
  contact: PersonContact | null;
}

const byChangedAt = (a: IntroductionStatusChangeEntity, b: IntroductionStatusChangeEntity) =>
  a.changedAt.getTime() - b.changedAt.getTime();

function toVacancy(introduction: IntroductionEntity): IntroductionVacancyModel {
  const { vacancy } = introduction;
  return { id: vacancy.id, title: vacancy.title, kind: vacancy.kind, employer: { id: vacancy.employer.id, name: vacancy.employer.name } };
}

export function toIntroductionModel({ introduction, jobSeeker, name }: IntroductionView, role: Role): IntroductionModel {
  return Object.assign(new IntroductionModel(), {
    id: introduction.id,
    vacancy: toVacancy(introduction),
    jobSeeker: {
      id: jobSeeker.id,
      candidateNumber: jobSeeker.candidateNumber,
      candidateLabel: candidateLabel(jobSeeker.candidateNumber),
      firstName: name?.firstName ?? null,
      lastName: name?.lastName ?? null,
    },
    status: introduction.status,
    matchScore: introduction.matchScore,
    createdBy: introduction.createdBy ? { displayName: introduction.createdBy.displayName } : null,
    history: [...(introduction.history ?? [])].sort(byChangedAt).map((change) => ({
      fromStatus: change.fromStatus,
      toStatus: change.toStatus,
      changedBy: change.changedBy ? { displayName: change.changedBy.displayName } : null,
      note: change.note,
      changedAt: change.changedAt,
    })),
    nextStatuses: nextStatusesFor(role, introduction.status),
    createdAt: introduction.createdAt,
    updatedAt: introduction.updatedAt,
  });
}

/**
 * The employer's view. Anonymous unless the status reveals who it is; notes and the names of
 * staff stay out, and of the target-group flags only "in the doelgroepregister" for a garantiebaan.
 */
export function toEmployerIntroductionModel({ introduction, jobSeeker, contact }: EmployerIntroductionView): EmployerIntroductionModel {
  const revealed = revealsIdentity(introduction.status) && contact !== null;
  return Object.assign(new EmployerIntroductionModel(), {
    id: introduction.id,
    vacancy: toVacancy(introduction),
    candidateLabel: candidateLabel(jobSeeker.candidateNumber),
    status: introduction.status,
    inDoelgroepregister: introduction.vacancy.kind === 'GARANTIEBAAN' ? jobSeeker.inDoelgroepregister : null,
    candidate: revealed
      ? Object.assign(new IntroducedCandidateModel(), {
          firstName: contact.firstName,
          lastName: contact.lastName,
          email: contact.email,
          phone: contact.phone,
        })
      : null,
    history: [...(introduction.history ?? [])].sort(byChangedAt).map((change) => ({
      fromStatus: change.fromStatus,
      toStatus: change.toStatus,
      changedAt: change.changedAt,
    })),
    nextStatuses: nextStatusesFor('EMPLOYER_USER', introduction.status),
    createdAt: introduction.createdAt,
  });
}
