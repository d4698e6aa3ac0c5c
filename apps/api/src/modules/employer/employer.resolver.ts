import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/auth/audience.decorator.js';
import { CurrentUser } from '../../common/auth/current-user.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { IdArgs } from '../../common/graphql/id.args.js';
import { mapConnection, type Connection } from '../../common/graphql/pagination.js';
import {
  AddEmployerContactArgs,
  AddEmployerLocationArgs,
  EmployersArgs,
  UpdateEmployerArgs,
  UpdateEmployerContactArgs,
  UpdateEmployerLocationArgs,
} from './dto/employer.args.js';
import { CreateEmployerInput } from './dto/employer.input.js';
import { EmployerConnection, EmployerModel } from './dto/employer.model.js';
import { EmployerLocationService } from './employer-location.service.js';
import { toEmployerModel } from './employer.mapper.js';
import { EmployerService } from './employer.service.js';

@Resolver(() => EmployerModel)
export class EmployerResolver {
  constructor(
    private readonly service: EmployerService,
    private readonly details: EmployerLocationService,
  ) {}

  @Roles('ACCOUNT_MANAGER', 'CONSULTANT', 'ADMIN', 'EMPLOYER_USER')
  @Query(() => EmployerConnection, {
    description: 'Employers of your regions; an employer user sees only its own.',
  })
  async employers(
    @CurrentUser() viewer: Viewer,
    @Args() args: EmployersArgs,
  ): Promise<Connection<EmployerModel>> {
    return mapConnection(await this.service.list(viewer, args), toEmployerModel);
  }

  @Roles('ACCOUNT_MANAGER', 'CONSULTANT', 'ADMIN', 'EMPLOYER_USER')
  @Query(() => EmployerModel)
  async employer(@CurrentUser() viewer: Viewer, @Args() { id }: IdArgs): Promise<EmployerModel> {
    return toEmployerModel(await this.service.get(viewer, id));
  }

  @Roles('ACCOUNT_MANAGER', 'ADMIN')
  @Mutation(() => EmployerModel)
  async createEmployer(
    @CurrentUser() viewer: Viewer,
    @Args('input') input: CreateEmployerInput,
  ): Promise<EmployerModel> {
    return toEmployerModel(await this.service.create(viewer, input));
  }

  @Roles('ACCOUNT_MANAGER', 'ADMIN')
  @Mutation(() => EmployerModel)
  async updateEmployer(
    @CurrentUser() viewer: Viewer,
    @Args() { id, input }: UpdateEmployerArgs,
  ): Promise<EmployerModel> {
    return toEmployerModel(await this.service.update(viewer, id, input));
  }

  @Roles('ACCOUNT_MANAGER', 'ADMIN')
  @Mutation(() => EmployerModel, {
    description: 'Archives the employer: hidden from lists, kept for history.',
  })
  async archiveEmployer(
    @CurrentUser() viewer: Viewer,
    @Args() { id }: IdArgs,
  ): Promise<EmployerModel> {
    return toEmployerModel(await this.service.archive(viewer, id));
  }

  @Roles('ACCOUNT_MANAGER', 'ADMIN', 'EMPLOYER_USER')
  @Mutation(() => EmployerModel)
  async addEmployerLocation(
    @CurrentUser() viewer: Viewer,
    @Args() { employerId, input }: AddEmployerLocationArgs,
  ): Promise<EmployerModel> {
    return this.reload(viewer, await this.details.addLocation(viewer, employerId, input));
  }

  @Roles('ACCOUNT_MANAGER', 'ADMIN', 'EMPLOYER_USER')
  @Mutation(() => EmployerModel)
  async updateEmployerLocation(
    @CurrentUser() viewer: Viewer,
    @Args() { id, input }: UpdateEmployerLocationArgs,
  ): Promise<EmployerModel> {
    return this.reload(viewer, await this.details.updateLocation(viewer, id, input));
  }

  @Roles('ACCOUNT_MANAGER', 'ADMIN', 'EMPLOYER_USER')
  @Mutation(() => EmployerModel)
  async archiveEmployerLocation(
    @CurrentUser() viewer: Viewer,
    @Args() { id }: IdArgs,
  ): Promise<EmployerModel> {
    return this.reload(viewer, await this.details.archiveLocation(viewer, id));
  }

  @Roles('ACCOUNT_MANAGER', 'ADMIN', 'EMPLOYER_USER')
  @Mutation(() => EmployerModel)
  async addEmployerContact(
    @CurrentUser() viewer: Viewer,
    @Args() { employerId, input }: AddEmployerContactArgs,
  ): Promise<EmployerModel> {
    return this.reload(viewer, await this.details.addContact(viewer, employerId, input));
  }

  @Roles('ACCOUNT_MANAGER', 'ADMIN', 'EMPLOYER_USER')
  @Mutation(() => EmployerModel)
  async updateEmployerContact(
    @CurrentUser() viewer: Viewer,
    @Args() { id, input }: UpdateEmployerContactArgs,
  ): Promise<EmployerModel> {
    return this.reload(viewer, await this.details.updateContact(viewer, id, input));
  }

  @Roles('ACCOUNT_MANAGER', 'ADMIN', 'EMPLOYER_USER')
  @Mutation(() => EmployerModel)
  async archiveEmployerContact(
    @CurrentUser() viewer: Viewer,
    @Args() { id }: IdArgs,
  ): Promise<EmployerModel> {
    return this.reload(viewer, await this.details.archiveContact(viewer, id));
  }

  private async reload(viewer: Viewer, employerId: string): Promise<EmployerModel> {
    return toEmployerModel(await this.service.get(viewer, employerId));
  }
}
