import { isConsentExpired, type IsoDate, type Role } from '@werkbrug/domain-rules';
import { todayInNetherlands } from '../job-seeker/calendar.js';
import { nextStatusesFor, revealsIdentity } from './introduction-status.js';
import type { IntroductionEntity, IntroductionStatusChangeEntity } from './introduction.entity.js';
import {
  candidateLabel,
  type JobSeekerFacts,
  type PersonContact,
  type PersonName,
} from './pipeline-job-seekers.js';
import {
  EmployerIntroductionModel,
  IntroducedCandidateModel,
  IntroductionConsentModel,
  IntroductionModel,
  IntroductionVacancyModel,
} from './dto/introduction.model.js';
import {
  IntroductionRequestFailureModel,
  IntroductionRequestResultModel,
} from './dto/introduction-request.model.js';
import type { IntroductionRequestView } from './employer-introduction-request.service.js';

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
  return {
    id: vacancy.id,
    title: vacancy.title,
    kind: vacancy.kind,
    employer: { id: vacancy.employer.id, name: vacancy.employer.name },
  };
}

function toConsent(
  introduction: IntroductionEntity,
  today: IsoDate,
): IntroductionConsentModel | null {
  if (!introduction.consentGivenOn || !introduction.consentMethod) return null;
  return Object.assign(new IntroductionConsentModel(), {
    givenOn: introduction.consentGivenOn,
    method: introduction.consentMethod,
    expiresOn: introduction.consentExpiresOn,
    expired: isConsentExpired(introduction.consentExpiresOn, today),
  });
}

export function toIntroductionModel(
  { introduction, jobSeeker, name }: IntroductionView,
  role: Role,
  today: IsoDate = todayInNetherlands(),
): IntroductionModel {
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
      endReason: change.endReason,
      changedAt: change.changedAt,
    })),
    endReason: introduction.endReason,
    consent: toConsent(introduction, today),
    nextStatuses: nextStatusesFor(role, introduction.status),
    requestedByEmployer: introduction.requestedByEmployerId !== null,
    employerMessage: introduction.employerMessage,
    proposedDates: introduction.proposedDates,
    createdAt: introduction.createdAt,
    updatedAt: introduction.updatedAt,
  });
}

/**
 * The employer's view. Anonymous unless the status reveals who it is; notes and the names of
 * staff stay out, and of the target-group flags only "in the doelgroepregister" for a garantiebaan.
 */
export function toEmployerIntroductionModel({
  introduction,
  jobSeeker,
  contact,
}: EmployerIntroductionView): EmployerIntroductionModel {
  const revealed = revealsIdentity(introduction.status) && contact !== null;
  return Object.assign(new EmployerIntroductionModel(), {
    id: introduction.id,
    vacancy: toVacancy(introduction),
    candidateLabel: candidateLabel(jobSeeker.candidateNumber),
    status: introduction.status,
    inDoelgroepregister:
      introduction.vacancy.kind === 'GARANTIEBAAN' ? jobSeeker.inDoelgroepregister : null,
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

/** The answer to an employer's request: its introductions, and the candidates no longer available. */
export function toIntroductionRequestResultModel(
  view: IntroductionRequestView,
): IntroductionRequestResultModel {
  return Object.assign(new IntroductionRequestResultModel(), {
    introductions: view.introductions.map(toEmployerIntroductionModel),
    failures: view.unavailable.map((candidateNumber) =>
      Object.assign(new IntroductionRequestFailureModel(), {
        candidateNumber,
        candidateLabel: candidateLabel(candidateNumber),
        message: `${candidateLabel(candidateNumber)} is niet meer beschikbaar voor deze vacature.`,
      }),
    ),
  });
}
