import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, QueryFailedError, Repository } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput, forbidden } from '../../common/errors/domain-error.js';
import { todayInNetherlands } from '../job-seeker/calendar.js';
import { MatchingIndexService } from '../matching/matching-index.service.js';
import { VacancyEntity } from '../vacancy/vacancy.entity.js';
import { isTerminal } from './introduction-status.js';
import { IntroductionEntity, IntroductionStatusChangeEntity } from './introduction.entity.js';
import { IntroductionErrors } from './introduction.exception.js';
import type { EmployerIntroductionView } from './introduction.mapper.js';
import { IntroductionService } from './introduction.service.js';
import type { RequestIntroductionsInput } from './dto/request-introductions.input.js';

export interface IntroductionRequestView {
  introductions: EmployerIntroductionView[];
  /** Candidate numbers that are not (or no longer) available for this vacancy. */
  unavailable: number[];
}

const UNIQUE_VIOLATION = '23505';

interface Suggestion {
  seekerId: string;
  score: number;
}

/**
 * An employer user asks for introductions of anonymous candidates on its own open vacancy. A
 * candidate number counts only while that person is a suggestion for the vacancy with consent
 * GRANTED (the same rule as vacancyMatches for employers); anything else is "niet meer beschikbaar",
 * so the employer learns nothing about why. Requests are idempotent per vacancy and person.
 */
@Injectable()
export class EmployerIntroductionRequestService {
  constructor(
    @InjectRepository(IntroductionEntity)
    private readonly introductions: Repository<IntroductionEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matching: MatchingIndexService,
    private readonly introductionService: IntroductionService,
  ) {}

  async request(
    viewer: Viewer,
    input: RequestIntroductionsInput,
    now = new Date(),
  ): Promise<IntroductionRequestView> {
    const vacancy = await this.dataSource
      .getRepository(VacancyEntity)
      .findOne({ where: { id: input.vacancyId } });
    if (!vacancy) throw IntroductionErrors.vacancyNotFound();
    if (viewer.role !== 'EMPLOYER_USER' || viewer.employerId !== vacancy.employerId)
      throw forbidden();
    if (vacancy.status !== 'OPEN' || vacancy.archivedAt) throw IntroductionErrors.vacancyNotOpen();
    const proposedDates = [...(input.proposedDates ?? [])].sort();
    assertFutureDates(input.proposedDates ?? [], todayInNetherlands(now));

    const suggestions = await this.suggestedSeekers(vacancy.id, input.candidateNumbers);
    const ids: string[] = [];
    const unavailable: number[] = [];
    for (const candidateNumber of input.candidateNumbers) {
      const suggestion = suggestions.get(candidateNumber);
      const id = suggestion
        ? await this.openIntroduction(viewer, vacancy.id, suggestion, {
            message: input.message?.trim() || null,
            proposedDates,
          })
        : null;
      if (id) ids.push(id);
      else unavailable.push(candidateNumber);
    }
    const introductions = await Promise.all(
      ids.map((id) => this.introductionService.getForEmployer(viewer, id)),
    );
    return { introductions, unavailable };
  }

  /** Candidate number → job-seeker and score, for the numbers that are a consenting suggestion for the vacancy right now. */
  private async suggestedSeekers(
    vacancyId: string,
    candidateNumbers: readonly number[],
  ): Promise<Map<number, Suggestion>> {
    const index = await this.matching.fresh();
    const found = new Map<number, Suggestion>();
    if (!index.hasVacancy(vacancyId)) return found;
    for (const [candidateNumber, seekerId] of this.matching.seekerIdsByCandidateNumber(
      candidateNumbers,
    )) {
      if (this.matching.seeker(seekerId)?.consentGranted !== true) continue;
      const { exclusions, explanation } = index.explainPair(seekerId, vacancyId);
      if (exclusions.length === 0)
        found.set(candidateNumber, { seekerId, score: explanation.score });
    }
    return found;
  }

  /** The id of the open introduction of this person for this vacancy: the existing one, or a new PROPOSED one. Null when a closed one exists. */
  private async openIntroduction(
    viewer: Viewer,
    vacancyId: string,
    { seekerId: jobSeekerId, score }: Suggestion,
    request: { message: string | null; proposedDates: string[] },
  ): Promise<string | null> {
    const existing = await this.introductions.findOne({ where: { vacancyId, jobSeekerId } });
    if (existing) return isTerminal(existing.status) ? null : existing.id;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const createdAt = new Date();
        const { identifiers } = await manager.getRepository(IntroductionEntity).insert({
          vacancyId,
          jobSeekerId,
          status: 'PROPOSED',
          matchScore: Math.round(score),
          createdById: viewer.userId,
          requestedByEmployerId: viewer.userId,
          employerMessage: request.message,
          proposedDates: request.proposedDates,
          createdAt,
        });
        const introductionId = identifiers[0]!.id as string;
        await manager.getRepository(IntroductionStatusChangeEntity).insert({
          introductionId,
          fromStatus: null,
          toStatus: 'PROPOSED',
          changedById: viewer.userId,
          note: 'Aangevraagd door de werkgever.',
          changedAt: createdAt,
        });
        return introductionId;
      });
    } catch (error) {
      // A concurrent request for the same person won the race: answer with its introduction.
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
      ) {
        const winner = await this.introductions.findOne({ where: { vacancyId, jobSeekerId } });
        if (winner && !isTerminal(winner.status)) return winner.id;
        return null;
      }
      throw error;
    }
  }
}

function assertFutureDates(dates: readonly string[], today: string): void {
  const fields = dates.flatMap((date, i) =>
    date > today
      ? []
      : [{ field: `input.proposedDates.${i}`, message: 'Kies een datum na vandaag.' }],
  );
  if (fields.length) throw badInput(fields, 'Voorgestelde datums moeten na vandaag liggen.');
}
