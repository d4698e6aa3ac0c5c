import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobSeekerModule } from '../job-seeker/job-seeker.module.js';
import { PlacementEntity } from '../placement/placement.entity.js';
import { BenefitExitEntity } from '../results/results.entity.js';
import { BenefitExitResolver } from './benefit-exit.resolver.js';
import { BenefitExitService } from './benefit-exit.service.js';

/** Exits from benefit on a job-seeker's file (the source of uitstroom naar werk). */
@Module({
  imports: [TypeOrmModule.forFeature([BenefitExitEntity, PlacementEntity]), JobSeekerModule],
  providers: [BenefitExitService, BenefitExitResolver],
})
export class BenefitExitModule {}
