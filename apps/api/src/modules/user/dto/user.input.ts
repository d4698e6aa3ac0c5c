import { Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { ROLES, type Role } from '@werkbrug/domain-rules';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { RoleEnum } from '../../../common/graphql/enums.js';
import { IsAcceptablePassword } from '../password-policy.js';
import { trim } from '../../../common/validation/validators.js';

const NOT_AN_ID = 'Dit is geen geldige id.';
const normaliseEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;
const uniqueCodes = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? [
        ...new Set(
          value.map((item) => (typeof item === 'string' ? item.trim().toUpperCase() : item)),
        ),
      ]
    : value;

@InputType()
export class CreateUserInput {
  @Field({ description: 'Login name; stored lower-cased, unique.' })
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'Vul een geldig e-mailadres in.' })
  @MaxLength(254, { message: 'Een e-mailadres is hoogstens 254 tekens.' })
  email!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(2, { message: 'Vul de naam in.' })
  @MaxLength(200, { message: 'Hoogstens 200 tekens.' })
  displayName!: string;

  @Field(() => RoleEnum)
  @IsIn(ROLES, { message: 'Kies een rol.' })
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'Required for every role except EMPLOYER_USER.' })
  @IsOptional()
  @IsUUID('all', { message: NOT_AN_ID })
  organisationId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Required for EMPLOYER_USER only: the employer the account acts for.',
  })
  @IsOptional()
  @IsUUID('all', { message: NOT_AN_ID })
  employerId?: string | null;

  @Field(() => [String], {
    description:
      "Regions (AMnn) the user serves, within its organisation's; for EMPLOYER_USER the employer's region.",
  })
  @Transform(uniqueCodes)
  @IsArray()
  @ArrayMinSize(1, { message: 'Kies minstens één regio.' })
  @ArrayMaxSize(35, { message: "Er zijn 35 regio's." })
  @Matches(/^AM\d{2}$/, { each: true, message: 'Een regiocode ziet eruit als AM12.' })
  regionCodes!: string[];

  @Field({
    description:
      'Initial password, 12-200 characters with letters and digits; the user changes it with changeMyPassword.',
  })
  @IsAcceptablePassword()
  password!: string;
}

/** Omitted fields keep their value; regionCodes, when given, replaces the whole list. */
@InputType()
export class UpdateUserInput extends PartialType(
  OmitType(CreateUserInput, ['employerId', 'password'] as const, InputType),
  InputType,
) {}
