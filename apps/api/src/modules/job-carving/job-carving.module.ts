import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { VacancyModule } from '../vacancy/vacancy.module.js';
import { JobCarvingJobEntity, JobCarvingRequestEntity } from './job-carving.entity.js';
import { JobCarvingProposalService } from './job-carving-proposal.service.js';
import { JobCarvingWorkflowService } from './job-carving-workflow.service.js';
import { JobCarvingResolver } from './job-carving.resolver.js';
import { JobCarvingService } from './job-carving.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([JobCarvingRequestEntity, JobCarvingJobEntity]),
    VacancyModule,
  ],
  providers: [
    JobCarvingService,
    JobCarvingWorkflowService,
    JobCarvingProposalService,
    JobCarvingResolver,
  ],
})
export class JobCarvingModule {}
