import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ROLES } from '@werkbrug/domain-rules';
import { Roles } from '../../common/auth/audience.decorator.js';
import { mapConnection, type Connection } from '../../common/graphql/pagination.js';
import { toCompetenceModel, toCompetenceTaxonomyModel } from './competence.mapper.js';
import { CompetenceService } from './competence.service.js';
import {
  CompetenceCodeArgs,
  CompetencesArgs,
  UpdateCompetenceArgs,
} from './dto/competence.args.js';
import { CreateCompetenceInput } from './dto/competence.input.js';
import {
  CompetenceConnection,
  CompetenceModel,
  CompetenceTaxonomyModel,
} from './dto/competence.model.js';

/** Reference data every logged-in role reads (employers need it to write vacancies); ADMINs edit it. */
@Resolver(() => CompetenceModel)
export class CompetenceResolver {
  constructor(private readonly service: CompetenceService) {}

  @Roles(...ROLES)
  @Query(() => CompetenceTaxonomyModel, {
    description: 'Version and revision of the current taxonomy.',
  })
  async competenceTaxonomy(): Promise<CompetenceTaxonomyModel> {
    return toCompetenceTaxonomyModel(await this.service.taxonomy());
  }

  @Roles(...ROLES)
  @Query(() => CompetenceConnection, {
    description: 'Competences sorted by label; archived ones only on request.',
  })
  async competences(@Args() args: CompetencesArgs): Promise<Connection<CompetenceModel>> {
    return mapConnection(await this.service.list(args), toCompetenceModel);
  }

  @Roles(...ROLES)
  @Query(() => CompetenceModel, { description: 'One competence, archived or not.' })
  async competence(@Args() { code }: CompetenceCodeArgs): Promise<CompetenceModel> {
    return toCompetenceModel(await this.service.get(code));
  }

  @Roles('ADMIN')
  @Mutation(() => CompetenceModel, {
    description: 'Adds a competence to the current taxonomy and bumps its revision.',
  })
  async createCompetence(@Args('input') input: CreateCompetenceInput): Promise<CompetenceModel> {
    return toCompetenceModel(await this.service.create(input));
  }

  @Roles('ADMIN')
  @Mutation(() => CompetenceModel, {
    description: 'Changes a competence; CONFLICT when expectedRevision is stale.',
  })
  async updateCompetence(
    @Args() { code, input, expectedRevision }: UpdateCompetenceArgs,
  ): Promise<CompetenceModel> {
    return toCompetenceModel(await this.service.update(code, input, expectedRevision));
  }

  @Roles('ADMIN')
  @Mutation(() => CompetenceModel, {
    description: 'Hides a competence from pickers; existing profiles and vacancies keep it.',
  })
  async archiveCompetence(@Args() { code }: CompetenceCodeArgs): Promise<CompetenceModel> {
    return toCompetenceModel(await this.service.archive(code));
  }
}
