import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '@werkbrug/domain-rules';
import { RoleEnum } from '../../../common/graphql/enums.js';

@ObjectType('Viewer', { description: 'The logged-in user.' })
export class ViewerModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => [RoleEnum]) roles!: Role[];
  @Field({
    description: 'The WSP, municipality, UWV office, provider or employer the user works for.',
  })
  organisationName!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Set for employer users: the employer they act for.',
  })
  employerId!: string | null;
  @Field(() => [String], {
    description: 'Codes (AMnn) of the labour-market regions the user serves.',
  })
  regionCodes!: string[];
}
