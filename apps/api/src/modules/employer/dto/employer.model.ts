import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { EmployerSector } from '@werkbrug/domain-rules';
import { EmployerSectorEnum } from '../../../common/graphql/enums.js';
import { ConnectionType } from '../../../common/graphql/pagination.js';

@ObjectType('EmployerLocation')
export class EmployerLocationModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) street!: string | null;
  @Field({ description: 'Postcode as 1211 AB.' }) postcode!: string;
  @Field() city!: string;
  @Field({ description: 'Code of the municipality the postcode lies in.' })
  municipalityCode!: string;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
}

@ObjectType('EmployerContact')
export class EmployerContactModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) jobTitle!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
}

@ObjectType('AccountManagerSummary')
export class AccountManagerSummaryModel {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  @Field() email!: string;
}

@ObjectType('Employer', { description: 'An organisation that employs people (werkgever).' })
export class EmployerModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'KvK number, 8 digits.' }) kvkNumber!: string;
  @Field(() => EmployerSectorEnum) sector!: EmployerSector;
  @Field(() => String, { nullable: true, description: 'SBI code (Standaard Bedrijfsindeling).' })
  sbiCode!: string | null;
  @Field({ description: 'The region whose WSP serves this employer.' }) regionCode!: string;
  @Field(() => AccountManagerSummaryModel, { nullable: true })
  accountManager!: AccountManagerSummaryModel | null;
  @Field(() => [EmployerLocationModel], {
    description: 'Active locations (archived ones are left out).',
  })
  locations!: EmployerLocationModel[];
  @Field(() => [EmployerContactModel], {
    description: 'Active contacts (archived ones are left out).',
  })
  contacts!: EmployerContactModel[];
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
}

export const EmployerConnection = ConnectionType(EmployerModel, 'Employer');
