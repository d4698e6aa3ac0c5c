import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MatchingModule } from '../matching/matching.module.js';
import { EmployerIntroductionRequestResolver } from './employer-introduction-request.resolver.js';
import { EmployerIntroductionRequestService } from './employer-introduction-request.service.js';
import { IntroductionEntity } from './introduction.entity.js';
import { IntroductionModule } from './introduction.module.js';

/**
 * Employers asking for introductions from their anonymous suggestions. Its own module because it
 * needs the matching index, and matching already depends on the introduction module.
 */
@Module({
  imports: [TypeOrmModule.forFeature([IntroductionEntity]), IntroductionModule, MatchingModule],
  providers: [EmployerIntroductionRequestService, EmployerIntroductionRequestResolver],
})
export class EmployerIntroductionRequestModule {}
