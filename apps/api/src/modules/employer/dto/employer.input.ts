import { Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { EMPLOYER_SECTORS, type EmployerSector } from '@werkbrug/domain-rules';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { EmployerSectorEnum } from '../../../common/graphql/enums.js';
import { IsKvkNumber, IsPostcode } from '../../../common/validation/validators.js';

const REQUIRED = 'Dit veld is verplicht.';
const tooLong = (max: number) => `Hoogstens ${max} tekens.`;

@InputType()
export class EmployerLocationInput {
  @Field()
  @IsString()
  @MinLength(1, { message: REQUIRED })
  @MaxLength(120, { message: tooLong(120) })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: tooLong(200) })
  street?: string | null;

  @Field({ description: 'Full postcode, e.g. 1211 AB.' })
  @IsPostcode()
  postcode!: string;

  @Field()
  @IsString()
  @MinLength(1, { message: REQUIRED })
  @MaxLength(120, { message: tooLong(120) })
  city!: string;
}

@InputType()
export class EmployerContactInput {
  @Field()
  @IsString()
  @MinLength(1, { message: REQUIRED })
  @MaxLength(200, { message: tooLong(200) })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120, { message: tooLong(120) })
  jobTitle?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'Vul een geldig e-mailadres in.' })
  @MaxLength(254, { message: tooLong(254) })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{10,20}$/, { message: 'Vul een geldig telefoonnummer in.' })
  phone?: string | null;
}

@InputType()
export class CreateEmployerInput {
  @Field()
  @IsString()
  @MinLength(2, { message: 'Vul de naam van de werkgever in.' })
  @MaxLength(200, { message: tooLong(200) })
  name!: string;

  @Field({ description: 'KvK number, 8 digits.' })
  @IsKvkNumber()
  kvkNumber!: string;

  @Field(() => EmployerSectorEnum)
  @IsIn(EMPLOYER_SECTORS)
  sector!: EmployerSector;

  @Field(() => String, { nullable: true, description: 'SBI code, 2 to 5 digits.' })
  @IsOptional()
  @Matches(/^\d{2,5}$/, { message: 'Een SBI-code bestaat uit 2 tot 5 cijfers.' })
  sbiCode?: string | null;

  @Field({ description: 'The region whose WSP serves this employer (AMnn).' })
  @Matches(/^AM\d{2}$/, { message: 'Een regiocode ziet eruit als AM12.' })
  regionCode!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Dit is geen geldige id.' })
  accountManagerId?: string | null;

  @Field(() => [EmployerLocationInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @ArrayMaxSize(50)
  @Type(() => EmployerLocationInput)
  locations: EmployerLocationInput[] = [];

  @Field(() => [EmployerContactInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @ArrayMaxSize(50)
  @Type(() => EmployerContactInput)
  contacts: EmployerContactInput[] = [];
}

@InputType()
export class UpdateEmployerInput extends PartialType(
  OmitType(CreateEmployerInput, ['locations', 'contacts'] as const, InputType),
  InputType,
) {}

@InputType()
export class UpdateEmployerLocationInput extends PartialType(EmployerLocationInput, InputType) {}

@InputType()
export class UpdateEmployerContactInput extends PartialType(EmployerContactInput, InputType) {}
