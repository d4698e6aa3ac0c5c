import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/auth/audience.decorator.js';
import { CurrentUser } from '../../common/auth/current-user.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { MyBanenafspraakContributionArgs } from './dto/employer-contribution.args.js';
import { EmployerBanenafspraakContributionModel } from './dto/employer-contribution.model.js';
import { toEmployerContributionModel } from './employer-contribution.mapper.js';
import { EmployerContributionService } from './employer-contribution.service.js';

@Resolver()
export class EmployerContributionResolver {
  constructor(private readonly service: EmployerContributionService) {}

  @Roles('EMPLOYER_USER')
  @Query(() => EmployerBanenafspraakContributionModel, {
    description:
      "Your organisation's own contribution to the banenafspraak: counted jobs on the count date of four quarters.",
  })
  async myBanenafspraakContribution(
    @CurrentUser() viewer: Viewer,
    @Args() args: MyBanenafspraakContributionArgs,
  ): Promise<EmployerBanenafspraakContributionModel> {
    return toEmployerContributionModel(await this.service.contribution(viewer, args));
  }
}
