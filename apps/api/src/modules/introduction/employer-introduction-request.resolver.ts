import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/auth/audience.decorator.js';
import { CurrentUser } from '../../common/auth/current-user.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { IntroductionRequestResultModel } from './dto/introduction-request.model.js';
import { RequestIntroductionsInput } from './dto/request-introductions.input.js';
import { EmployerIntroductionRequestService } from './employer-introduction-request.service.js';
import { toIntroductionRequestResultModel } from './introduction.mapper.js';

@Resolver()
export class EmployerIntroductionRequestResolver {
  constructor(private readonly service: EmployerIntroductionRequestService) {}

  @Roles('EMPLOYER_USER')
  @Mutation(() => IntroductionRequestResultModel, {
    description:
      'Asks the WSP to introduce anonymous candidates suggested for your own open vacancy (status PROPOSED). Idempotent per candidate ' +
      'while an introduction is open; a candidate that is no longer suggested is listed under failures.',
  })
  async requestIntroductions(
    @CurrentUser() viewer: Viewer,
    @Args('input') input: RequestIntroductionsInput,
  ): Promise<IntroductionRequestResultModel> {
    return toIntroductionRequestResultModel(await this.service.request(viewer, input));
  }
}
