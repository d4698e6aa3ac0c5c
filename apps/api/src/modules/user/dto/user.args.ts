import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ROLES, type Role } from '@werkbrug/domain-rules';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { RoleEnum } from '../../../common/graphql/enums.js';
import { PageArgs } from '../../../common/graphql/pagination.js';
import { IsAcceptablePassword, PASSWORD_MAX_LENGTH } from '../password-policy.js';
import { UpdateUserInput } from './user.input.js';

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => RoleEnum, { nullable: true })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Dit is geen geldige id.' })
  organisationId?: string;

  @Field(() => String, { nullable: true, description: 'Only users serving this region.' })
  @IsOptional()
  @Matches(/^AM\d{2}$/, { message: 'Een regiocode ziet eruit als AM12.' })
  regionCode?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the name or the e-mail address, case-insensitive.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'Hoogstens 100 tekens.' })
  search?: string;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  includeArchived: boolean = false;
}

@ArgsType()
export class UpdateUserArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Dit is geen geldige id.' })
  id!: string;

  @Field(() => UpdateUserInput)
  @ValidateNested()
  @Type(() => UpdateUserInput)
  input!: UpdateUserInput;
}

@ArgsType()
export class ChangeMyPasswordArgs {
  @Field()
  @IsString()
  @MinLength(1, { message: 'Vul uw huidige wachtwoord in.' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: 'Dit wachtwoord is te lang.' })
  currentPassword!: string;

  @Field({ description: '12-200 characters with letters and digits.' })
  @IsAcceptablePassword()
  newPassword!: string;
}
