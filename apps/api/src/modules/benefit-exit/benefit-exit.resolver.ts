import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/auth/audience.decorator.js';
import { CurrentUser } from '../../common/auth/current-user.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { toBenefitExitModel } from './benefit-exit.mapper.js';
import { BenefitExitService } from './benefit-exit.service.js';
import { BenefitExitsArgs, RecordBenefitExitInput } from './dto/benefit-exit.input.js';
import { BenefitExitModel } from './dto/benefit-exit.model.js';

/** Part of the job-seeker's file: read by its readers, recorded by consultants of the region. */
@Resolver(() => BenefitExitModel)
export class BenefitExitResolver {
  constructor(private readonly service: BenefitExitService) {}

  @Roles('ACCOUNT_MANAGER', 'CONSULTANT')
  @Query(() => [BenefitExitModel], {
    description: "A file's exits from benefit, newest first; logged as a read of the file.",
  })
  async benefitExits(
    @CurrentUser() viewer: Viewer,
    @Args() { jobSeekerId }: BenefitExitsArgs,
  ): Promise<BenefitExitModel[]> {
    return (await this.service.list(viewer, jobSeekerId)).map(toBenefitExitModel);
  }

  @Roles('CONSULTANT')
  @Mutation(() => BenefitExitModel, {
    description: 'Records that a job-seeker left benefit, fully or partly; one per person per day.',
  })
  async recordBenefitExit(
    @CurrentUser() viewer: Viewer,
    @Args('input') input: RecordBenefitExitInput,
  ): Promise<BenefitExitModel> {
    return toBenefitExitModel(await this.service.record(viewer, input));
  }
}
