import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { CompetenceGroup, WorkSector } from '@werkbrug/domain-rules';
import { CompetenceGroupEnum, WorkSectorEnum } from '../../../common/graphql/enums.js';
import { ConnectionType } from '../../../common/graphql/pagination.js';

@ObjectType('CompetenceLevel', { description: 'What one level (1-5) of a competence means.' })
export class CompetenceLevelModel {
  @Field(() => Int) level!: number;
  @Field() description!: string;
}

@ObjectType('Competence', {
  description: 'A competence of the Werkstap-style taxonomy, scored on levels 1-5.',
})
export class CompetenceModel {
  @Field({ description: 'Stable key, e.g. WA_PUNCTUALITY.' }) code!: string;
  @Field(() => CompetenceGroupEnum) group!: CompetenceGroup;
  @Field(() => WorkSectorEnum, {
    nullable: true,
    description: 'Set for VOCATIONAL competences only.',
  })
  sector!: WorkSector | null;
  @Field() label!: string;
  @Field() description!: string;
  @Field(() => [CompetenceLevelModel], { description: 'Levels 1 to 5, in order.' })
  levels!: CompetenceLevelModel[];
  @Field({ description: 'Whether a gap is usually closed on the job or with a short course.' })
  trainable!: boolean;
  @Field({ description: 'The taxonomy version this competence was last defined in.' })
  taxonomyVersion!: string;
  @Field(() => Int, {
    description: 'Grows with every edit; pass it as expectedRevision when updating.',
  })
  revision!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => Date, {
    nullable: true,
    description: 'Archived competences stay on profiles and vacancies but leave the pickers.',
  })
  archivedAt!: Date | null;
}

@ObjectType('CompetenceTaxonomy', { description: 'The current competence taxonomy.' })
export class CompetenceTaxonomyModel {
  @Field({ description: 'Version label of the seeded set, e.g. 2025.1.' }) version!: string;
  @Field(() => Int, { description: 'Grows with every edit of a competence.' }) revision!: number;
  @Field() updatedAt!: Date;
  @Field(() => Int, { description: 'Active (not archived) competences.' }) competenceCount!: number;
}

export const CompetenceConnection = ConnectionType(CompetenceModel, 'Competence');
