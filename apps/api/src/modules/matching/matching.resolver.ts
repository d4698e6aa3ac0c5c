import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/auth/audience.decorator.js';
import { CurrentUser } from '../../common/auth/current-user.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import {
  toJobSeekerMatchModels,
  toPairExplanationModel,
  toVacancyMatchResults,
} from './matching.mapper.js';
import { MatchingService } from './matching.service.js';
import { ExplainMatchArgs, JobSeekerMatchesArgs, VacancyMatchesArgs } from './dto/matching.args.js';
import {
  AnonymousCandidateMatchModel,
  JobSeekerMatchModel,
  MatchPairExplanationModel,
  VacancyMatchModel,
  VacancyMatchResult,
} from './dto/matching.model.js';

@Resolver()
export class MatchingResolver {
  constructor(private readonly service: MatchingService) {}

  @Roles('ACCOUNT_MANAGER', 'CONSULTANT', 'EMPLOYER_USER')
  @Query(() => [VacancyMatchResult], {
    description:
      'The best job-seekers for a vacancy, best first, across regions within travel limits. Staff of the employer’s region get ' +
      'VacancyMatch (names of files in their own regions); the employer’s own users get AnonymousCandidateMatch, only of people who consented.',
  })
  async vacancyMatches(
    @CurrentUser() viewer: Viewer,
    @Args() args: VacancyMatchesArgs,
  ): Promise<(VacancyMatchModel | AnonymousCandidateMatchModel)[]> {
    return toVacancyMatchResults(await this.service.vacancyMatches(viewer, args));
  }

  @Roles('ACCOUNT_MANAGER', 'CONSULTANT')
  @Query(() => [JobSeekerMatchModel], {
    description: 'The best vacancies for a job-seeker of your regions, best first.',
  })
  async jobSeekerMatches(
    @CurrentUser() viewer: Viewer,
    @Args() args: JobSeekerMatchesArgs,
  ): Promise<JobSeekerMatchModel[]> {
    return toJobSeekerMatchModels(await this.service.jobSeekerMatches(viewer, args));
  }

  @Roles('ACCOUNT_MANAGER', 'CONSULTANT')
  @Query(() => MatchPairExplanationModel, {
    description: 'Why a job-seeker is (not) suggested for a vacancy: the score and every reason.',
  })
  async explainMatch(
    @CurrentUser() viewer: Viewer,
    @Args() args: ExplainMatchArgs,
  ): Promise<MatchPairExplanationModel> {
    return toPairExplanationModel(await this.service.explainMatch(viewer, args));
  }
}
