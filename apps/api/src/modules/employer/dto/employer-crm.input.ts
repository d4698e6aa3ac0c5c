import { ArgsType, Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  CONTACT_CHANNELS,
  type AgreementKind,
  type AgreementStatus,
  type ContactChannel,
} from '@werkbrug/domain-rules';
import { Transform, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsIsoDate, trim } from '../../../common/validation/validators.js';
import {
  AgreementKindEnum,
  AgreementStatusEnum,
  ContactChannelEnum,
} from './employer-crm.model.js';

const REQUIRED = 'Dit veld is verplicht.';
const tooLong = (max: number) => `Hoogstens ${max} tekens.`;
const ID_MESSAGE = 'Dit is geen geldige id.';
export const MAX_NOTE = 2000;

@InputType()
export class EmployerContactMomentInput {
  @Field({ description: 'YYYY-MM-DD, not in the future.' })
  @IsIsoDate()
  contactedOn!: string;

  @Field(() => ContactChannelEnum)
  @IsIn(CONTACT_CHANNELS, { message: 'Kies hoe het contact was.' })
  channel!: ContactChannel;

  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: REQUIRED })
  @MaxLength(200, { message: tooLong(200) })
  subject!: string;

  @Field(() => String, { nullable: true, description: `At most ${MAX_NOTE} characters.` })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(MAX_NOTE, { message: tooLong(MAX_NOTE) })
  note?: string | null;
}

@InputType()
export class UpdateEmployerContactMomentInput extends PartialType(
  EmployerContactMomentInput,
  InputType,
) {}

@InputType()
export class EmployerAgreementInput {
  @Field(() => AgreementKindEnum)
  @IsIn(AGREEMENT_KINDS, { message: 'Kies het soort afspraak.' })
  kind!: AgreementKind;

  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: REQUIRED })
  @MaxLength(MAX_NOTE, { message: tooLong(MAX_NOTE) })
  description!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Number of places (1-10000), when the agreement is about places.',
  })
  @IsOptional()
  @IsInt({ message: 'Vul een heel aantal plaatsen in.' })
  @Min(1, { message: 'Minstens 1 plaats.' })
  @Max(10000, { message: 'Hoogstens 10000 plaatsen.' })
  places?: number | null;

  @Field({ description: 'YYYY-MM-DD.' })
  @IsIsoDate()
  validFrom!: string;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD, inclusive, not before validFrom; null: open-ended.',
  })
  @IsOptional()
  @IsIsoDate()
  validTo?: string | null;

  @Field(() => AgreementStatusEnum, {
    nullable: true,
    description: 'ACTIVE when left out on adding.',
  })
  @IsOptional()
  @IsIn(AGREEMENT_STATUSES, { message: 'Kies een status.' })
  status?: AgreementStatus | null;
}

@InputType()
export class UpdateEmployerAgreementInput extends PartialType(EmployerAgreementInput, InputType) {}

@ArgsType()
export class AddEmployerContactMomentArgs {
  @Field(() => ID)
  @IsUUID('all', { message: ID_MESSAGE })
  employerId!: string;

  @Field(() => EmployerContactMomentInput)
  @ValidateNested()
  @Type(() => EmployerContactMomentInput)
  input!: EmployerContactMomentInput;
}

@ArgsType()
export class UpdateEmployerContactMomentArgs {
  @Field(() => ID)
  @IsUUID('all', { message: ID_MESSAGE })
  id!: string;

  @Field(() => UpdateEmployerContactMomentInput)
  @ValidateNested()
  @Type(() => UpdateEmployerContactMomentInput)
  input!: UpdateEmployerContactMomentInput;
}

@ArgsType()
export class AddEmployerAgreementArgs {
  @Field(() => ID)
  @IsUUID('all', { message: ID_MESSAGE })
  employerId!: string;

  @Field(() => EmployerAgreementInput)
  @ValidateNested()
  @Type(() => EmployerAgreementInput)
  input!: EmployerAgreementInput;
}

@ArgsType()
export class UpdateEmployerAgreementArgs {
  @Field(() => ID)
  @IsUUID('all', { message: ID_MESSAGE })
  id!: string;

  @Field(() => UpdateEmployerAgreementInput)
  @ValidateNested()
  @Type(() => UpdateEmployerAgreementInput)
  input!: UpdateEmployerAgreementInput;
}
