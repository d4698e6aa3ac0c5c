import { Injectable } from '@nestjs/common';
import type {
  ExclusionReason,
  MatchExplanation,
  MatchingIndex,
  SeekerQueryFilters,
  SeekerSuggestion,
  VacancySuggestion,
} from '@werkbrug/matching';
import type { Viewer } from '../../common/auth/viewer.js';
import { JobSeekerRepository } from '../job-seeker/job-seeker.repository.js';
import type { ProspectFacts } from './candidate-prospects.js';
import { CompetenceCatalogue } from './competence-catalogue.js';
import { MatchCandidates, MATCHING_PURPOSE, type CandidateView } from './match-candidates.js';
import type { StatusExclusionCode } from './match-labels.js';
import { assertCanExplainPair, assertCanMatchVacancy } from './matching-access.js';
import { MatchingData, type VacancySummary } from './matching-data.js';
import { MatchingIndexService } from './matching-index.service.js';
import { MatchingErrors } from './matching.exception.js';
import type {
  ExplainMatchArgs,
  JobSeekerMatchesArgs,
  VacancyMatchesArgs,
} from './dto/matching.args.js';

/** Dutch label of a competence code. */
export type CompetenceLabel = (code: string) => string;

export type VacancyMatchesView =
  | {
      audience: 'STAFF';
      vacancy: VacancySummary;
      label: CompetenceLabel;
      matches: { suggestion: SeekerSuggestion; candidate: CandidateView }[];
    }
  | {
      audience: 'EMPLOYER';
      vacancy: VacancySummary;
      label: CompetenceLabel;
      matches: {
        suggestion: SeekerSuggestion;
        candidateNumber: number;
        prospects: ProspectFacts | null;
      }[];
    };

export interface JobSeekerMatchesView {
  label: CompetenceLabel;
  matches: { suggestion: VacancySuggestion; vacancy: VacancySummary }[];
}

export interface PairExplanationView {
  label: CompetenceLabel;
  vacancy: VacancySummary;
  candidate: CandidateView;
  statusExclusions: StatusExclusionCode[];
  exclusions: ExclusionReason[];
  explanation: MatchExplanation | null;
}

/**
 * The best k of a ranking that also passes `keep`: asks the ranking for more until k are kept or
 * the ranking runs out, so the result is exactly the top k of the kept ones.
 */
export function topKept<T>(
  k: number,
  ranking: (n: number) => T[],
  keep: (item: T) => boolean,
  most: number,
): T[] {
  for (let n = Math.min(k, Math.max(most, 1)); ; n = Math.min(n * 4, most)) {
    const ranked = ranking(n);
    const kept = ranked.filter(keep);
    if (kept.length >= k || ranked.length < n || n >= most) return kept.slice(0, k);
  }
}

/** The matching use cases: suggestions both ways and a pair's explanation, scoped per viewer. */
@Injectable()
export class MatchingService {
  constructor(
    private readonly indexService: MatchingIndexService,
    private readonly jobSeekers: JobSeekerRepository,
    private readonly data: MatchingData,
    private readonly catalogue: CompetenceCatalogue,
    private readonly candidates: MatchCandidates,
  ) {}

  async vacancyMatches(
    viewer: Viewer,
    { vacancyId, first, filters }: VacancyMatchesArgs,
  ): Promise<VacancyMatchesView> {
    const vacancy = await this.data.vacancySummary(vacancyId);
    if (!vacancy) throw MatchingErrors.vacancyNotFound();
    assertCanMatchVacancy(viewer, vacancy);
    const isEmployer = viewer.role === 'EMPLOYER_USER';
    if (isEmployer && filters?.doelgroepregisterOnly)
      throw MatchingErrors.targetGroupFilterForEmployer();
    const index = await this.indexService.fresh();
    if (!index.hasVacancy(vacancyId))
      throw MatchingErrors.notMatchable(vacancyStatusExclusion(vacancy));
    const query: SeekerQueryFilters = {
      maxDistanceKm: filters?.maxDistanceKm ?? undefined,
      minScore: filters?.minScore ?? undefined,
      doelgroepregisterOnly: filters?.doelgroepregisterOnly ?? undefined,
      regionCodes: filters?.includeOtherRegions === false ? [vacancy.regionCode] : undefined,
    };
    const label = this.label;
    if (isEmployer) {
      // Employers only see people who GRANTED consent to show their anonymised profile.
      const ranked = topKept(
        first,
        (n) => index.topSeekerScoresForVacancy(vacancyId, n, query),
        ({ seekerId }) => this.indexService.seeker(seekerId)?.consentGranted === true,
        index.seekerCount,
      );
      const prospects = await this.jobSeekers.findProspectFacts(
        ranked.map(({ seekerId }) => seekerId),
      );
      const matches = ranked.map(({ seekerId, score }) => ({
        suggestion: { seekerId, score, explanation: explainIndexed(index, seekerId, vacancyId) },
        candidateNumber: this.indexService.seeker(seekerId)!.candidateNumber,
        prospects: prospects.get(seekerId) ?? null,
      }));
      return { audience: 'EMPLOYER', vacancy, label, matches };
    }
    const suggestions = index.topSeekersForVacancy(vacancyId, first, query);
    const candidates = await this.candidates.candidates(
      viewer,
      suggestions.map((s) => s.seekerId),
    );
    return {
      audience: 'STAFF',
      vacancy,
      label,
      matches: suggestions.map((suggestion) => ({
        suggestion,
        candidate: candidates.get(suggestion.seekerId)!,
      })),
    };
  }

  async jobSeekerMatches(
    viewer: Viewer,
    { jobSeekerId, first, filters }: JobSeekerMatchesArgs,
  ): Promise<JobSeekerMatchesView> {
    // Scopes to the viewer's regions (NOT_FOUND / FORBIDDEN) and logs the read of the file.
    const file = await this.jobSeekers.findOne(viewer, jobSeekerId, MATCHING_PURPOSE);
    const index = await this.indexService.fresh();
    if (!index.hasSeeker(jobSeekerId)) {
      throw MatchingErrors.notMatchable(
        this.seekerStatusExclusion(jobSeekerId, file.archivedAt !== null),
      );
    }
    const suggestions = index.topVacanciesForSeeker(jobSeekerId, first, {
      kinds: filters?.kinds ?? undefined,
      maxDistanceKm: filters?.maxDistanceKm ?? undefined,
      minScore: filters?.minScore ?? undefined,
      regionCodes:
        filters?.includeOtherRegions === false ? [file.municipality.regionCode] : undefined,
    });
    const vacancies = await this.data.vacancySummaries(suggestions.map((s) => s.vacancyId));
    return {
      label: this.label,
      matches: suggestions.flatMap((suggestion) => {
        const vacancy = vacancies.get(suggestion.vacancyId);
        return vacancy ? [{ suggestion, vacancy }] : [];
      }),
    };
  }

  async explainMatch(
    viewer: Viewer,
    { vacancyId, jobSeekerId }: ExplainMatchArgs,
  ): Promise<PairExplanationView> {
    const vacancy = await this.data.vacancySummary(vacancyId);
    if (!vacancy) throw MatchingErrors.vacancyNotFound();
    const facts = (await this.jobSeekers.findRuleFacts([jobSeekerId])).get(jobSeekerId);
    if (!facts) throw MatchingErrors.jobSeekerNotFound();
    assertCanExplainPair(viewer, vacancy.regionCode, facts.regionCode);
    const index = await this.indexService.fresh();
    const statusExclusions: StatusExclusionCode[] = [];
    if (!index.hasVacancy(vacancyId)) statusExclusions.push(vacancyStatusExclusion(vacancy));
    if (!index.hasSeeker(jobSeekerId))
      statusExclusions.push(this.seekerStatusExclusion(jobSeekerId, facts.archived));
    const pair = statusExclusions.length === 0 ? index.explainPair(jobSeekerId, vacancyId) : null;
    const candidates = await this.candidates.candidates(viewer, [jobSeekerId]);
    return {
      label: this.label,
      vacancy,
      candidate: candidates.get(jobSeekerId)!,
      statusExclusions,
      exclusions: pair?.exclusions ?? [],
      explanation: pair?.explanation ?? null,
    };
  }

  private seekerStatusExclusion(id: string, archived: boolean): StatusExclusionCode {
    if (archived) return 'JOB_SEEKER_ARCHIVED';
    return this.indexService.isPlaced(id) ? 'JOB_SEEKER_PLACED' : 'JOB_SEEKER_REGION_NOT_ACTIVE';
  }

  private readonly label: CompetenceLabel = (code) => this.catalogue.label(code);
}

function vacancyStatusExclusion(vacancy: VacancySummary): StatusExclusionCode {
  return vacancy.status !== 'OPEN' || vacancy.archived
    ? 'VACANCY_NOT_OPEN'
    : 'VACANCY_REGION_NOT_ACTIVE';
}

function explainIndexed(
  index: MatchingIndex,
  seekerId: string,
  vacancyId: string,
): MatchExplanation {
  return index.explainSlots(index.seekerSlot(seekerId), index.vacancySlot(vacancyId));
}
