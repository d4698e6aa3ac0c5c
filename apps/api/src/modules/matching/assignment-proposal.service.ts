import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { MatchExplanation } from '@werkbrug/matching';
import { QueryFailedError, Repository } from 'typeorm';
import { assertRegion } from '../../common/auth/scope.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { AssignmentJobRunner } from './assignment-job.runner.js';
import { AssignmentProposalEntity } from './assignment-proposal.entity.js';
import { CompetenceCatalogue } from './competence-catalogue.js';
import { MatchCandidates, type CandidateView } from './match-candidates.js';
import { MatchingData, type VacancySummary } from './matching-data.js';
import { MatchingErrors } from './matching.exception.js';
import type { CompetenceLabel } from './matching.service.js';
import type { StartAssignmentProposalArgs } from './dto/matching.args.js';

/** A job as a viewer sees it; for a DONE job its pairs with vacancy summaries and candidates. */
export interface AssignmentProposalView {
  proposal: AssignmentProposalEntity;
  label: CompetenceLabel;
  pairs: {
    vacancy: VacancySummary;
    candidate: CandidateView;
    score: number;
    explanation: MatchExplanation;
  }[];
}

const UNFINISHED_REGION_KEY = 'assignment_proposal_unfinished_region_key';

/** Regional assignment proposals: start one per region at a time, follow it, read its result. */
@Injectable()
export class AssignmentProposalService {
  constructor(
    @InjectRepository(AssignmentProposalEntity)
    private readonly proposals: Repository<AssignmentProposalEntity>,
    private readonly runner: AssignmentJobRunner,
    private readonly data: MatchingData,
    private readonly candidates: MatchCandidates,
    private readonly catalogue: CompetenceCatalogue,
  ) {}

  async start(
    viewer: Viewer,
    { regionCode, includeOtherRegions }: StartAssignmentProposalArgs,
  ): Promise<AssignmentProposalView> {
    const region = await this.data.region(regionCode);
    if (!region) throw MatchingErrors.regionNotFound();
    assertRegion(viewer, regionCode);
    if (!region.active) throw MatchingErrors.regionNotActive('regionCode');
    let proposal: AssignmentProposalEntity;
    try {
      proposal = await this.proposals.save(
        this.proposals.create({ regionCode, includeOtherRegions, requestedById: viewer.userId }),
      );
    } catch (error) {
      const constraint = (error as { driverError?: { constraint?: string } }).driverError
        ?.constraint;
      if (error instanceof QueryFailedError && constraint === UNFINISHED_REGION_KEY)
        throw MatchingErrors.proposalRunning();
      throw error;
    }
    this.runner.start(proposal);
    return { proposal, label: this.label, pairs: [] };
  }

  async get(viewer: Viewer, id: string): Promise<AssignmentProposalView> {
    const proposal = await this.proposals.findOneBy({ id });
    if (!proposal) throw MatchingErrors.proposalNotFound();
    assertRegion(viewer, proposal.regionCode);
    const stored = proposal.result?.pairs ?? [];
    const [vacancies, candidates] = await Promise.all([
      this.data.vacancySummaries(stored.map((pair) => pair.vacancyId)),
      this.candidates.candidates(
        viewer,
        stored.map((pair) => pair.jobSeekerId),
      ),
    ]);
    const pairs = stored.flatMap((pair) => {
      const vacancy = vacancies.get(pair.vacancyId);
      const candidate = candidates.get(pair.jobSeekerId);
      return vacancy && candidate
        ? [{ vacancy, candidate, score: pair.score, explanation: pair.explanation }]
        : [];
    });
    return { proposal, label: this.label, pairs };
  }

  private readonly label: CompetenceLabel = (code) => this.catalogue.label(code);
}
