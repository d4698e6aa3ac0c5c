import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/auth/audience.decorator.js';
import { CurrentUser } from '../../common/auth/current-user.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { IdArgs } from '../../common/graphql/id.args.js';
import {
  AddEmployerAgreementArgs,
  AddEmployerContactMomentArgs,
  UpdateEmployerAgreementArgs,
  UpdateEmployerContactMomentArgs,
} from './dto/employer-crm.input.js';
import { EmployerAgreementModel, EmployerContactMomentModel } from './dto/employer-crm.model.js';
import { EmployerModel } from './dto/employer.model.js';
import { toAgreementModel, toContactMomentModel } from './employer-crm.mapper.js';
import { EmployerCrmService } from './employer-crm.service.js';

/**
 * The account managers' CRM on an employer. Field resolvers get no guard from @Roles (it documents
 * the audience); EmployerCrmService refuses everyone but account managers and admins of the region.
 */
@Resolver(() => EmployerModel)
export class EmployerCrmResolver {
  constructor(private readonly service: EmployerCrmService) {}

  @Roles('ACCOUNT_MANAGER', 'ADMIN')
  @ResolveField(() => [EmployerContactMomentModel], {
    description:
      'Contact moments, newest first. Internal: FORBIDDEN for everyone but account managers and admins of the region.',
  })
  async contactMoments(
    @CurrentUser() viewer: Viewer,
    @Parent() employer: EmployerModel,
  ): Promise<EmployerContactMomentModel[]> {
    return (await this.service.contactMoments(viewer, employer)).map(toContactMomentModel);
  }

  @Roles('ACCOUNT_MANAGER', 'ADMIN')
  @ResolveField(() => [EmployerAgreementModel], {
    description:
      'Agreements, latest start first. Internal: FORBIDDEN for everyone but account managers and admins of the region.',
  })
  async agreements(
    @CurrentUser() viewer: Viewer,
    @Parent() employer: EmployerModel,
  ): Promise<EmployerAgreementModel[]> {
    return (await this.service.agreementsOf(viewer, employer)).map(toAgreementModel);
  }

  @Roles('ACCOUNT_MANAGER', 'ADMIN')
  @Mutation(() => EmployerContactMomentModel, {
    description: 'Records a contact moment (dated today or earlier).',
  })
  async addEmployerContactMoment(
    @CurrentUser() viewer: Viewer,
    @Args() { employerId, input }: AddEmployerContactMomentArgs,
  ): Promise<EmployerContactMomentModel> {
    return toContactMomentModel(await this.service.addContactMoment(viewer, employerId, input));
  }

  @Roles('ACCOUNT_MANAGER', 'ADMIN')
  @Mutation(() => EmployerContactMomentModel, {
    description: 'Changes the fields given; null clears the note.',
  })
  async updateEmployerContactMoment(
    @CurrentUser() viewer: Viewer,
    @Args() { id, input }: UpdateEmployerContactMomentArgs,
  ): Promise<EmployerContactMomentModel> {
    return toContactMomentModel(await this.service.updateContactMoment(viewer, id, input));
  }

  @Roles('ACCOUNT_MANAGER', 'ADMIN')
  @Mutation(() => EmployerContactMomentModel, {
    description: 'Archives the contact moment: hidden from the list, kept.',
  })
  async archiveEmployerContactMoment(
    @CurrentUser() viewer: Viewer,
    @Args() { id }: IdArgs,
  ): Promise<EmployerContactMomentModel> {
    return toContactMomentModel(await this.service.archiveContactMoment(viewer, id));
  }

  @Roles('ACCOUNT_MANAGER', 'ADMIN')
  @Mutation(() => EmployerAgreementModel, {
    description: 'Records an agreement; validTo is not before validFrom.',
  })
  async addEmployerAgreement(
    @CurrentUser() viewer: Viewer,
    @Args() { employerId, input }: AddEmployerAgreementArgs,
  ): Promise<EmployerAgreementModel> {
    return toAgreementModel(await this.service.addAgreement(viewer, employerId, input));
  }

  @Roles('ACCOUNT_MANAGER', 'ADMIN')
  @Mutation(() => EmployerAgreementModel, {
    description: 'Changes the fields given; null clears places or validTo.',
  })
  async updateEmployerAgreement(
    @CurrentUser() viewer: Viewer,
    @Args() { id, input }: UpdateEmployerAgreementArgs,
  ): Promise<EmployerAgreementModel> {
    return toAgreementModel(await this.service.updateAgreement(viewer, id, input));
  }

  @Roles('ACCOUNT_MANAGER', 'ADMIN')
  @Mutation(() => EmployerAgreementModel, {
    description: 'Archives the agreement: hidden from the list, kept.',
  })
  async archiveEmployerAgreement(
    @CurrentUser() viewer: Viewer,
    @Args() { id }: IdArgs,
  ): Promise<EmployerAgreementModel> {
    return toAgreementModel(await this.service.archiveAgreement(viewer, id));
  }
}
