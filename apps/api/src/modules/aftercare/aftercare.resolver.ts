import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/auth/audience.decorator.js';
import { CurrentUser } from '../../common/auth/current-user.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { mapConnection, type Connection } from '../../common/graphql/pagination.js';
import { todayInNetherlands } from '../job-seeker/calendar.js';
import { toAftercareCheckInModel, toAftercareTaskModel } from './aftercare.mapper.js';
import { AftercareService } from './aftercare.service.js';
import { AftercareTasksArgs, RecordAftercareCheckInArgs } from './dto/aftercare.args.js';
import {
  AftercareCheckInModel,
  AftercareTaskConnection,
  AftercareTaskModel,
} from './dto/aftercare.model.js';

@Resolver(() => AftercareCheckInModel)
export class AftercareResolver {
  constructor(private readonly service: AftercareService) {}

  @Roles('ACCOUNT_MANAGER', 'CONSULTANT')
  @Query(() => AftercareTaskConnection, {
    description:
      'Aftercare check-ins of running placements in your regions, earliest due (so overdue) first.',
  })
  async aftercareTasks(
    @CurrentUser() viewer: Viewer,
    @Args() args: AftercareTasksArgs,
  ): Promise<Connection<AftercareTaskModel>> {
    const today = todayInNetherlands();
    return mapConnection(await this.service.tasks(viewer, args), (view) =>
      toAftercareTaskModel(view, today),
    );
  }

  @Roles('ACCOUNT_MANAGER', 'CONSULTANT')
  @Mutation(() => AftercareCheckInModel, {
    description: 'Records how an open aftercare check-in went; it becomes DONE.',
  })
  async recordAftercareCheckIn(
    @CurrentUser() viewer: Viewer,
    @Args() { id, input }: RecordAftercareCheckInArgs,
  ): Promise<AftercareCheckInModel> {
    return toAftercareCheckInModel(
      await this.service.record(viewer, id, input),
      todayInNetherlands(),
    );
  }
}
