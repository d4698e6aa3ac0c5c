import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { OrganisationKind, Role } from '@werkbrug/domain-rules';
import { OrganisationKindEnum, RoleEnum } from '../../../common/graphql/enums.js';
import { ConnectionType } from '../../../common/graphql/pagination.js';

@ObjectType('UserOrganisation', { description: 'The organisation a staff account belongs to.' })
export class UserOrganisationModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => OrganisationKindEnum) kind!: OrganisationKind;
}

@ObjectType('UserEmployer', { description: 'The employer an employer account acts for.' })
export class UserEmployerModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('User', { description: 'An account. Its password (hash) is never exposed.' })
export class UserModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field({ description: 'Demo logins are refused when the API runs in production.' })
  isDemo!: boolean;
  @Field(() => UserOrganisationModel, {
    nullable: true,
    description: 'Set for every role except EMPLOYER_USER.',
  })
  organisation!: UserOrganisationModel | null;
  @Field(() => UserEmployerModel, { nullable: true, description: 'Set for EMPLOYER_USER only.' })
  employer!: UserEmployerModel | null;
  @Field(() => [String], {
    description: 'Codes (AMnn) of the labour-market regions the user serves.',
  })
  regionCodes!: string[];
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
}

export const UserConnection = ConnectionType(UserModel, 'User');
