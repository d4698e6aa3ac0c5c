import type {
  CompetenceGap,
  CompetenceMet,
  ExclusionReason,
  MatchExplanation,
} from '@werkbrug/matching';
import { distanceBand } from '@werkbrug/domain-rules';
import { candidateLabel } from '../introduction/pipeline-job-seekers.js';
import {
  possibleInstruments,
  START_PERSPECTIVE_LABELS,
  startPerspective,
  type ProspectFacts,
} from './candidate-prospects.js';
import {
  exclusionMessage,
  MATCH_EXCLUSION_LABELS,
  MATCH_FACTOR_LABELS,
  statusExclusionMessage,
  type StatusExclusionCode,
} from './match-labels.js';
import type { CandidateView } from './match-candidates.js';
import type { VacancySummary } from './matching-data.js';
import type {
  CompetenceLabel,
  JobSeekerMatchesView,
  PairExplanationView,
  VacancyMatchesView,
} from './matching.service.js';
import {
  AnonymousCandidateMatchModel,
  AnonymousMatchExplanationModel,
  JobSeekerMatchModel,
  MatchCandidateModel,
  MatchCompetenceGapModel,
  MatchedCompetenceModel,
  MatchExclusionModel,
  MatchExplanationModel,
  MatchFactorContributionModel,
  MatchPairExplanationModel,
  MatchVacancyModel,
  VacancyMatchModel,
  type MatchFactorName,
} from './dto/matching.model.js';

const toMetModel = (met: CompetenceMet, label: CompetenceLabel): MatchedCompetenceModel =>
  Object.assign(new MatchedCompetenceModel(), {
    code: met.code,
    label: label(met.code),
    level: met.level,
    minLevel: met.minLevel,
    weight: met.weight,
    requirement: met.requirement,
  });

const toGapModel = (gap: CompetenceGap, label: CompetenceLabel): MatchCompetenceGapModel =>
  Object.assign(new MatchCompetenceGapModel(), {
    code: gap.code,
    label: label(gap.code),
    level: gap.level,
    minLevel: gap.minLevel,
    gap: gap.gap,
    weight: gap.weight,
    requirement: gap.requirement,
    trainable: gap.trainable,
  });

/** The full explanation, for WSP staff. */
export function toMatchExplanationModel(
  e: MatchExplanation,
  label: CompetenceLabel,
): MatchExplanationModel {
  return Object.assign(new MatchExplanationModel(), {
    score: e.score,
    factors: e.factors.map((f) =>
      Object.assign(new MatchFactorContributionModel(), {
        factor: f.factor.toUpperCase() as MatchFactorName,
        label: MATCH_FACTOR_LABELS[f.factor],
        weight: f.weight,
        fit: f.fit,
        points: f.points,
      }),
    ),
    competencesMet: e.competencesMet.map((met) => toMetModel(met, label)),
    gaps: e.gaps.map((gap) => toGapModel(gap, label)),
    distanceKm: e.distanceKm,
    travelMinutes: e.travelMinutes,
    transport: e.transport,
    maxTravelKm: e.maxTravelKm,
    maxTravelMinutes: e.maxTravelMinutes,
    hoursAvailable: e.hoursAvailable,
    hoursMin: e.hoursMin,
    hoursMax: e.hoursMax,
    sectorPreferred: e.sectorPreferred,
    jobSeekerRegionCode: e.seekerRegionCode,
    vacancyRegionCode: e.vacancyRegionCode,
  });
}

/**
 * What an employer may learn: competences, a distance band and hours. Not the factors (perspective and
 * sector preference are the person's assessment and wishes), nor travel limits, transport or region.
 */
export function toAnonymousExplanationModel(
  e: MatchExplanation,
  label: CompetenceLabel,
): AnonymousMatchExplanationModel {
  return Object.assign(new AnonymousMatchExplanationModel(), {
    competencesMet: e.competencesMet.map((met) => toMetModel(met, label)),
    gaps: e.gaps.map((gap) => toGapModel(gap, label)),
    ...toDistanceBandFields(e.distanceKm),
    hoursAvailable: e.hoursAvailable,
    hoursMin: e.hoursMin,
    hoursMax: e.hoursMax,
  });
}

export const toMatchCandidateModel = (c: CandidateView): MatchCandidateModel =>
  Object.assign(new MatchCandidateModel(), {
    id: c.id,
    candidateNumber: c.candidateNumber,
    candidateLabel: candidateLabel(c.candidateNumber),
    regionCode: c.regionCode,
    firstName: c.name?.firstName ?? null,
    lastName: c.name?.lastName ?? null,
  });

export const toMatchVacancyModel = (v: VacancySummary): MatchVacancyModel =>
  Object.assign(new MatchVacancyModel(), {
    id: v.id,
    title: v.title,
    kind: v.kind,
    status: v.status,
    employerId: v.employerId,
    employerName: v.employerName,
    regionCode: v.regionCode,
    city: v.city,
    hoursMin: v.hoursMin,
    hoursMax: v.hoursMax,
    openings: v.openings,
  });

/** Start perspective and instruments; "in consultation" and none when the facts were not found. */
function toProspects(prospects: ProspectFacts | null) {
  const start = prospects ? startPerspective(prospects) : 'IN_CONSULTATION';
  return {
    startPerspective: start,
    startPerspectiveLabel: START_PERSPECTIVE_LABELS[start],
    instruments: prospects ? possibleInstruments(prospects) : [],
  };
}

/** Staff get named (where allowed) matches; employer users anonymous ones, each its own type. */
export function toVacancyMatchResults(
  view: VacancyMatchesView,
): (VacancyMatchModel | AnonymousCandidateMatchModel)[] {
  if (view.audience === 'EMPLOYER') {
    const isGarantiebaan = view.vacancy.kind === 'GARANTIEBAAN';
    return view.matches.map(({ suggestion, candidateNumber, prospects }, i) =>
      Object.assign(new AnonymousCandidateMatchModel(), {
        rank: i + 1,
        candidateNumber,
        candidateLabel: candidateLabel(candidateNumber),
        score: suggestion.score,
        // Everyone suggested for a garantiebaan is in the register; employers may learn just that.
        inDoelgroepregister: isGarantiebaan ? true : null,
        explanation: toAnonymousExplanationModel(suggestion.explanation, view.label),
        ...toProspects(prospects),
      }),
    );
  }
  return view.matches.map(({ suggestion, candidate }, i) =>
    Object.assign(new VacancyMatchModel(), {
      rank: i + 1,
      jobSeeker: toMatchCandidateModel(candidate),
      score: suggestion.score,
      explanation: toMatchExplanationModel(suggestion.explanation, view.label),
    }),
  );
}

export const toJobSeekerMatchModels = (view: JobSeekerMatchesView): JobSeekerMatchModel[] =>
  view.matches.map(({ suggestion, vacancy }, i) =>
    Object.assign(new JobSeekerMatchModel(), {
      rank: i + 1,
      vacancy: toMatchVacancyModel(vacancy),
      score: suggestion.score,
      explanation: toMatchExplanationModel(suggestion.explanation, view.label),
    }),
  );

export const toExclusionModel = (
  reason: ExclusionReason,
  label: CompetenceLabel,
): MatchExclusionModel =>
  Object.assign(new MatchExclusionModel(), {
    code: reason.code,
    label: MATCH_EXCLUSION_LABELS[reason.code],
    message: exclusionMessage(reason, label),
    competenceCode: reason.code === 'REQUIRED_COMPETENCE_MISSING' ? reason.competenceCode : null,
  });

export const toStatusExclusionModel = (code: StatusExclusionCode): MatchExclusionModel =>
  Object.assign(new MatchExclusionModel(), {
    code,
    label: MATCH_EXCLUSION_LABELS[code],
    message: statusExclusionMessage(code),
    competenceCode: null,
  });

export function toPairExplanationModel(view: PairExplanationView): MatchPairExplanationModel {
  const exclusions = [
    ...view.statusExclusions.map(toStatusExclusionModel),
    ...view.exclusions.map((r) => toExclusionModel(r, view.label)),
  ];
  return Object.assign(new MatchPairExplanationModel(), {
    vacancy: toMatchVacancyModel(view.vacancy),
    jobSeeker: toMatchCandidateModel(view.candidate),
    suggestible: exclusions.length === 0,
    exclusions,
    explanation: view.explanation ? toMatchExplanationModel(view.explanation, view.label) : null,
  });
}

function toDistanceBandFields(
  distanceKm: number,
): Pick<AnonymousMatchExplanationModel, 'distanceBand' | 'distanceBandUpToKm'> {
  const band = distanceBand(distanceKm);
  return { distanceBand: band.label, distanceBandUpToKm: band.upToKm };
}
