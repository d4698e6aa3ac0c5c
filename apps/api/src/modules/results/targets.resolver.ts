import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/auth/audience.decorator.js';
import { MunicipalityTargetModel, RegionTargetModel } from './dto/results.model.js';
import { MunicipalityTargetInput, RegionTargetInput } from './dto/target.input.js';
import { toMunicipalityTargetModel, toRegionTargetModel } from './results.mapper.js';
import { TargetsService } from './targets.service.js';

@Resolver()
export class TargetsResolver {
  constructor(private readonly targets: TargetsService) {}

  @Roles('ADMIN')
  @Mutation(() => RegionTargetModel, {
    description: "Sets (or replaces) a region's banenafspraak target for a year.",
  })
  async setRegionTarget(@Args('input') input: RegionTargetInput): Promise<RegionTargetModel> {
    return toRegionTargetModel(await this.targets.setRegionTarget(input));
  }

  @Roles('ADMIN')
  @Mutation(() => MunicipalityTargetModel, {
    description: "Sets (or replaces) a municipality's targets for a year; null clears one.",
  })
  async setMunicipalityTarget(
    @Args('input') input: MunicipalityTargetInput,
  ): Promise<MunicipalityTargetModel> {
    return toMunicipalityTargetModel(await this.targets.setMunicipalityTarget(input));
  }
}
