import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { OrganisationKind } from '@werkbrug/domain-rules';
import { OrganisationKindEnum } from '../../../common/graphql/enums.js';
import { ConnectionType } from '../../../common/graphql/pagination.js';

@ObjectType('Organisation', {
  description: 'A WSP, municipality, UWV office or provider whose staff use Werkbrug.',
})
export class OrganisationModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => OrganisationKindEnum) kind!: OrganisationKind;
  @Field(() => [String], { description: 'Codes (AMnn) of the labour-market regions it serves.' })
  regionCodes!: string[];
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
}

export const OrganisationConnection = ConnectionType(OrganisationModel, 'Organisation');
