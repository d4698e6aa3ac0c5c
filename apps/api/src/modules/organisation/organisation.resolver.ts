import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/auth/audience.decorator.js';
import { CurrentUser } from '../../common/auth/current-user.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { IdArgs } from '../../common/graphql/id.args.js';
import { mapConnection, type Connection } from '../../common/graphql/pagination.js';
import { OrganisationsArgs, UpdateOrganisationArgs } from './dto/organisation.args.js';
import { CreateOrganisationInput } from './dto/organisation.input.js';
import { OrganisationConnection, OrganisationModel } from './dto/organisation.model.js';
import { toOrganisationModel } from './organisation.mapper.js';
import { OrganisationService } from './organisation.service.js';

@Resolver(() => OrganisationModel)
export class OrganisationResolver {
  constructor(private readonly service: OrganisationService) {}

  @Roles('ADMIN', 'BOARD_MEMBER', 'ACCOUNT_MANAGER', 'CONSULTANT')
  @Query(() => OrganisationConnection, {
    description: 'Organisations serving your regions; an ADMIN sees all.',
  })
  async organisations(
    @CurrentUser() viewer: Viewer,
    @Args() args: OrganisationsArgs,
  ): Promise<Connection<OrganisationModel>> {
    return mapConnection(await this.service.list(viewer, args), toOrganisationModel);
  }

  @Roles('ADMIN', 'BOARD_MEMBER', 'ACCOUNT_MANAGER', 'CONSULTANT')
  @Query(() => OrganisationModel)
  async organisation(
    @CurrentUser() viewer: Viewer,
    @Args() { id }: IdArgs,
  ): Promise<OrganisationModel> {
    return toOrganisationModel(await this.service.get(viewer, id));
  }

  @Roles('ADMIN')
  @Mutation(() => OrganisationModel)
  async createOrganisation(
    @CurrentUser() viewer: Viewer,
    @Args('input') input: CreateOrganisationInput,
  ): Promise<OrganisationModel> {
    return toOrganisationModel(await this.service.create(viewer, input));
  }

  @Roles('ADMIN')
  @Mutation(() => OrganisationModel, {
    description: 'regionCodes, when given, replaces the whole list.',
  })
  async updateOrganisation(
    @CurrentUser() viewer: Viewer,
    @Args() { id, input }: UpdateOrganisationArgs,
  ): Promise<OrganisationModel> {
    return toOrganisationModel(await this.service.update(viewer, id, input));
  }

  @Roles('ADMIN')
  @Mutation(() => OrganisationModel, {
    description: 'Archives the organisation; CONFLICT while it has active accounts.',
  })
  async archiveOrganisation(
    @CurrentUser() viewer: Viewer,
    @Args() { id }: IdArgs,
  ): Promise<OrganisationModel> {
    return toOrganisationModel(await this.service.archive(viewer, id));
  }
}
