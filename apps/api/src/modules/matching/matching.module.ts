import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DomainEventsModule } from '../../common/events/domain-events.js';
import { IntroductionModule } from '../introduction/introduction.module.js';
import { JobSeekerModule } from '../job-seeker/job-seeker.module.js';
import { AssignmentAcceptanceService } from './assignment-acceptance.service.js';
import { AssignmentJobRunner } from './assignment-job.runner.js';
import { AssignmentProposalEntity } from './assignment-proposal.entity.js';
import { AssignmentProposalResolver } from './assignment-proposal.resolver.js';
import { AssignmentProposalService } from './assignment-proposal.service.js';
import { CompetenceCatalogue } from './competence-catalogue.js';
import { MatchCandidates } from './match-candidates.js';
import { MatchingData } from './matching-data.js';
import { MatchingIndexService } from './matching-index.service.js';
import { MatchingResolver } from './matching.resolver.js';
import { MatchingService } from './matching.service.js';

/**
 * Matching: the engine's in-memory index of the active regions, suggestions both ways with their
 * explanations, and regional assignment proposals as background jobs.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([AssignmentProposalEntity]),
    JobSeekerModule,
    IntroductionModule,
    DomainEventsModule,
  ],
  providers: [
    CompetenceCatalogue,
    MatchingData,
    MatchingIndexService,
    MatchCandidates,
    MatchingService,
    MatchingResolver,
    AssignmentJobRunner,
    AssignmentProposalService,
    AssignmentAcceptanceService,
    AssignmentProposalResolver,
  ],
  exports: [MatchingIndexService],
})
export class MatchingModule {}
