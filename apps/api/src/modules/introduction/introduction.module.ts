import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobSeekerModule } from '../job-seeker/job-seeker.module.js';
import { IntroductionEntity, IntroductionStatusChangeEntity } from './introduction.entity.js';
import { IntroductionResolver } from './introduction.resolver.js';
import { IntroductionService } from './introduction.service.js';
import { IntroductionTransitions } from './introduction-transitions.js';
import { PipelineJobSeekers } from './pipeline-job-seekers.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([IntroductionEntity, IntroductionStatusChangeEntity]),
    JobSeekerModule,
  ],
  providers: [
    IntroductionService,
    IntroductionTransitions,
    PipelineJobSeekers,
    IntroductionResolver,
  ],
  exports: [IntroductionService, IntroductionTransitions, PipelineJobSeekers],
})
export class IntroductionModule {}
