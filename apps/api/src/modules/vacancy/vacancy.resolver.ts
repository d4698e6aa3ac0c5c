import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/auth/audience.decorator.js';
import { CurrentUser } from '../../common/auth/current-user.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { IdArgs } from '../../common/graphql/id.args.js';
import { mapConnection, type Connection } from '../../common/graphql/pagination.js';
import {
  ChangeVacancyStatusArgs,
  SetVacancyCompetencesArgs,
  UpdateVacancyArgs,
  VacanciesArgs,
} from './dto/vacancy.args.js';
import { CreateVacancyInput } from './dto/vacancy.input.js';
import { VacancyConnection, VacancyModel } from './dto/vacancy.model.js';
import { toVacancyModel } from './vacancy.mapper.js';
import { VacancyService } from './vacancy.service.js';

@Resolver(() => VacancyModel)
export class VacancyResolver {
  constructor(private readonly service: VacancyService) {}

  @Roles('ACCOUNT_MANAGER', 'CONSULTANT', 'ADMIN', 'EMPLOYER_USER')
  @Query(() => VacancyConnection, {
    description: "Vacancies of your regions' employers; an employer user sees only its own.",
  })
  async vacancies(
    @CurrentUser() viewer: Viewer,
    @Args() args: VacanciesArgs,
  ): Promise<Connection<VacancyModel>> {
    return mapConnection(await this.service.list(viewer, args), toVacancyModel);
  }

  @Roles('ACCOUNT_MANAGER', 'CONSULTANT', 'ADMIN', 'EMPLOYER_USER')
  @Query(() => VacancyModel)
  async vacancy(@CurrentUser() viewer: Viewer, @Args() { id }: IdArgs): Promise<VacancyModel> {
    return toVacancyModel(await this.service.get(viewer, id));
  }

  @Roles('ACCOUNT_MANAGER', 'ADMIN', 'EMPLOYER_USER')
  @Mutation(() => VacancyModel, {
    description: 'Creates a vacancy as a draft (DRAFT); publish it with changeVacancyStatus.',
  })
  async createVacancy(
    @CurrentUser() viewer: Viewer,
    @Args('input') input: CreateVacancyInput,
  ): Promise<VacancyModel> {
    return toVacancyModel(await this.service.create(viewer, input));
  }

  @Roles('ACCOUNT_MANAGER', 'ADMIN', 'EMPLOYER_USER')
  @Mutation(() => VacancyModel)
  async updateVacancy(
    @CurrentUser() viewer: Viewer,
    @Args() { id, input }: UpdateVacancyArgs,
  ): Promise<VacancyModel> {
    return toVacancyModel(await this.service.update(viewer, id, input));
  }

  @Roles('ACCOUNT_MANAGER', 'ADMIN', 'EMPLOYER_USER')
  @Mutation(() => VacancyModel, { description: 'Replaces the competences the vacancy asks for.' })
  async setVacancyCompetences(
    @CurrentUser() viewer: Viewer,
    @Args() { id, competences }: SetVacancyCompetencesArgs,
  ): Promise<VacancyModel> {
    return toVacancyModel(await this.service.setCompetences(viewer, id, competences));
  }

  @Roles('ACCOUNT_MANAGER', 'ADMIN', 'EMPLOYER_USER')
  @Mutation(() => VacancyModel, {
    description:
      'DRAFT→OPEN|CLOSED, OPEN→FILLED|CLOSED, FILLED→OPEN|CLOSED, CLOSED→OPEN. Only WSP staff set FILLED.',
  })
  async changeVacancyStatus(
    @CurrentUser() viewer: Viewer,
    @Args() { id, status }: ChangeVacancyStatusArgs,
  ): Promise<VacancyModel> {
    return toVacancyModel(await this.service.changeStatus(viewer, id, status));
  }

  @Roles('ACCOUNT_MANAGER', 'ADMIN', 'EMPLOYER_USER')
  @Mutation(() => VacancyModel, {
    description: 'Archives the vacancy: hidden from lists, kept for history and results.',
  })
  async archiveVacancy(
    @CurrentUser() viewer: Viewer,
    @Args() { id }: IdArgs,
  ): Promise<VacancyModel> {
    return toVacancyModel(await this.service.archive(viewer, id));
  }
}
