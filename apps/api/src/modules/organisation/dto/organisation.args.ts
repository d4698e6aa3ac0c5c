import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ORGANISATION_KINDS, type OrganisationKind } from '@werkbrug/domain-rules';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { OrganisationKindEnum } from '../../../common/graphql/enums.js';
import { PageArgs } from '../../../common/graphql/pagination.js';
import { UpdateOrganisationInput } from './organisation.input.js';

@ArgsType()
export class OrganisationsArgs extends PageArgs {
  @Field(() => OrganisationKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS)
  kind?: OrganisationKind;

  @Field(() => String, { nullable: true, description: 'Only organisations serving this region.' })
  @IsOptional()
  @Matches(/^AM\d{2}$/, { message: 'Een regiocode ziet eruit als AM12.' })
  regionCode?: string;

  @Field(() => String, { nullable: true, description: 'Part of the name, case-insensitive.' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'Hoogstens 100 tekens.' })
  search?: string;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  includeArchived: boolean = false;
}

@ArgsType()
export class UpdateOrganisationArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Dit is geen geldige id.' })
  id!: string;

  @Field(() => UpdateOrganisationInput)
  @ValidateNested()
  @Type(() => UpdateOrganisationInput)
  input!: UpdateOrganisationInput;
}
