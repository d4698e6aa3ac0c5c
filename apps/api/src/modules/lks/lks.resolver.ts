import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/auth/audience.decorator.js';
import { LksEstimateInput } from './dto/lks-estimate.input.js';
import { LksEstimateModel } from './dto/lks-estimate.model.js';
import { toLksEstimateModel } from './lks.mapper.js';
import { LksService } from './lks.service.js';

@Resolver()
export class LksResolver {
  constructor(private readonly service: LksService) {}

  @Roles('EMPLOYER_USER', 'ACCOUNT_MANAGER', 'CONSULTANT')
  @Query(() => LksEstimateModel, {
    description:
      'Loonkostensubsidie per week and month for a wage, loonwaarde and hours, with the steps of the calculation.',
  })
  lksEstimate(@Args('input') input: LksEstimateInput): LksEstimateModel {
    return toLksEstimateModel(this.service.estimate(input));
  }
}
