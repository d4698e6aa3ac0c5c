import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { assertRegion } from '../../common/auth/scope.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { IntroductionService } from '../introduction/introduction.service.js';
import { AssignmentProposalEntity } from './assignment-proposal.entity.js';
import { MatchingErrors } from './matching.exception.js';
import type {
  AcceptAssignmentPairsArgs,
  AssignmentPairAcceptanceModel,
} from './dto/assignment-acceptance.dto.js';

type Acceptance = Omit<AssignmentPairAcceptanceModel, 'introductionId' | 'message'> & {
  introductionId?: string;
  message?: string;
};

/**
 * Puts pairs of a finished regional proposal on the vacancies' shortlists (PROPOSED introductions).
 * Each pair goes through the introduction module's own rules (scope, open vacancy, consent,
 * eligibility); one pair's refusal does not stop the others.
 */
@Injectable()
export class AssignmentAcceptanceService {
  constructor(
    @InjectRepository(AssignmentProposalEntity)
    private readonly proposals: Repository<AssignmentProposalEntity>,
    private readonly introductions: IntroductionService,
  ) {}

  async accept(
    viewer: Viewer,
    { proposalId, pairs }: AcceptAssignmentPairsArgs,
  ): Promise<AssignmentPairAcceptanceModel[]> {
    const proposal = await this.proposals.findOneBy({ id: proposalId });
    if (!proposal) throw MatchingErrors.proposalNotFound();
    assertRegion(viewer, proposal.regionCode);
    if (proposal.status !== 'DONE' || !proposal.result) throw MatchingErrors.proposalNotDone();
    const proposed = new Map(
      proposal.result.pairs.map((pair) => [`${pair.vacancyId}:${pair.jobSeekerId}`, pair]),
    );
    const note = `Uit het regionale toewijzingsvoorstel van ${proposal.createdAt.toLocaleDateString('nl-NL', { timeZone: 'Europe/Amsterdam' })}.`;
    const results: Acceptance[] = [];
    const seen = new Set<string>();
    for (const { vacancyId, jobSeekerId } of pairs) {
      const key = `${vacancyId}:${jobSeekerId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      results.push(
        await this.acceptOne(viewer, vacancyId, jobSeekerId, proposed.get(key)?.score, note),
      );
    }
    return results.map((result) => ({ introductionId: null, message: null, ...result }));
  }

  private async acceptOne(
    viewer: Viewer,
    vacancyId: string,
    jobSeekerId: string,
    score: number | undefined,
    note: string,
  ): Promise<Acceptance> {
    const pair = { vacancyId, jobSeekerId };
    if (score === undefined)
      return {
        ...pair,
        outcome: 'NOT_IN_PROPOSAL',
        message: 'Dit paar staat niet in het voorstel.',
      };
    if (await this.introductions.isInPipeline(vacancyId, jobSeekerId)) {
      return {
        ...pair,
        outcome: 'ALREADY_IN_PIPELINE',
        message: 'Deze inwoner staat al in de pijplijn van deze vacature.',
      };
    }
    try {
      const view = await this.introductions.propose(viewer, {
        vacancyId,
        jobSeekerId,
        matchScore: Math.round(score),
        note,
      });
      return { ...pair, outcome: 'SHORTLISTED', introductionId: view.introduction.id };
    } catch (error) {
      if (error instanceof DomainError)
        return { ...pair, outcome: 'REFUSED', message: error.message };
      throw error;
    }
  }
}
