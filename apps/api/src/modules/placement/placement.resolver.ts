import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/auth/audience.decorator.js';
import { CurrentUser } from '../../common/auth/current-user.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { IdArgs } from '../../common/graphql/id.args.js';
import { mapConnection, type Connection } from '../../common/graphql/pagination.js';
import { todayInNetherlands } from '../job-seeker/calendar.js';
import { EndPlacementArgs, PlacementsArgs, UpdatePlacementArgs } from './dto/placement.args.js';
import { CreatePlacementInput } from './dto/placement.input.js';
import { PlacementConnection, PlacementModel } from './dto/placement.model.js';
import { toPlacementModel } from './placement.mapper.js';
import { PlacementService } from './placement.service.js';

@Resolver(() => PlacementModel)
export class PlacementResolver {
  constructor(private readonly service: PlacementService) {}

  @Roles('ACCOUNT_MANAGER', 'CONSULTANT', 'EMPLOYER_USER')
  @Query(() => PlacementConnection, {
    description:
      'Placements in your regions, earliest start first; an employer user sees its own, anonymous unless introduced.',
  })
  async placements(
    @CurrentUser() viewer: Viewer,
    @Args() args: PlacementsArgs,
  ): Promise<Connection<PlacementModel>> {
    const today = todayInNetherlands();
    return mapConnection(await this.service.list(viewer, args), (view) =>
      toPlacementModel(view, today),
    );
  }

  @Roles('ACCOUNT_MANAGER', 'CONSULTANT', 'EMPLOYER_USER')
  @Query(() => PlacementModel)
  async placement(@CurrentUser() viewer: Viewer, @Args() { id }: IdArgs): Promise<PlacementModel> {
    return toPlacementModel(await this.service.get(viewer, id), todayInNetherlands());
  }

  @Roles('ACCOUNT_MANAGER', 'CONSULTANT')
  @Mutation(() => PlacementModel, {
    description: 'Records a placement; an introduction it came from moves to PLACED.',
  })
  async createPlacement(
    @CurrentUser() viewer: Viewer,
    @Args('input') input: CreatePlacementInput,
  ): Promise<PlacementModel> {
    return toPlacementModel(await this.service.create(viewer, input), todayInNetherlands());
  }

  @Roles('ACCOUNT_MANAGER', 'CONSULTANT')
  @Mutation(() => PlacementModel)
  async updatePlacement(
    @CurrentUser() viewer: Viewer,
    @Args() { id, input }: UpdatePlacementArgs,
  ): Promise<PlacementModel> {
    return toPlacementModel(await this.service.update(viewer, id, input), todayInNetherlands());
  }

  @Roles('ACCOUNT_MANAGER', 'CONSULTANT')
  @Mutation(() => PlacementModel, {
    description:
      'Sets the last working day and why (a lost job in the results); open aftercare check-ins after it are cancelled.',
  })
  async endPlacement(
    @CurrentUser() viewer: Viewer,
    @Args() { id, ...ending }: EndPlacementArgs,
  ): Promise<PlacementModel> {
    return toPlacementModel(await this.service.end(viewer, id, ending), todayInNetherlands());
  }

  @Roles('ACCOUNT_MANAGER', 'CONSULTANT')
  @Mutation(() => PlacementModel, {
    description:
      'Archives the placement: hidden from lists (unless includeArchived), kept for history.',
  })
  async archivePlacement(
    @CurrentUser() viewer: Viewer,
    @Args() { id }: IdArgs,
  ): Promise<PlacementModel> {
    return toPlacementModel(await this.service.archive(viewer, id), todayInNetherlands());
  }
}
