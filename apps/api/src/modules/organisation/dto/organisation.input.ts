import { Field, InputType, PartialType } from '@nestjs/graphql';
import type { OrganisationKind } from '@werkbrug/domain-rules';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { OrganisationKindEnum } from '../../../common/graphql/enums.js';
import { trim } from '../../../common/validation/validators.js';

/** Employers are their own entity (Employer); an Organisation is one of these. */
export const STAFF_ORGANISATION_KINDS = [
  'WSP',
  'MUNICIPALITY',
  'UWV',
  'PROVIDER',
] as const satisfies readonly OrganisationKind[];

const uniqueCodes = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? [
        ...new Set(
          value.map((item) => (typeof item === 'string' ? item.trim().toUpperCase() : item)),
        ),
      ]
    : value;

@InputType()
export class CreateOrganisationInput {
  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(2, { message: 'Vul de naam van de organisatie in.' })
  @MaxLength(200, { message: 'Hoogstens 200 tekens.' })
  name!: string;

  @Field(() => OrganisationKindEnum, {
    description: 'WSP, MUNICIPALITY, UWV or PROVIDER; employers are Employer records.',
  })
  @IsIn(STAFF_ORGANISATION_KINDS, {
    message:
      'Kies WSP, gemeente, UWV of uitvoeringsorganisatie. Werkgevers legt u vast als werkgever.',
  })
  kind!: OrganisationKind;

  @Field(() => [String], {
    description: 'Codes (AMnn) of the labour-market regions it serves; at least one.',
  })
  @Transform(uniqueCodes)
  @IsArray()
  @ArrayMinSize(1, { message: 'Kies minstens één regio.' })
  @ArrayMaxSize(35, { message: "Er zijn 35 regio's." })
  @Matches(/^AM\d{2}$/, { each: true, message: 'Een regiocode ziet eruit als AM12.' })
  regionCodes!: string[];
}

/** Omitted fields keep their value; regionCodes, when given, replaces the whole list. */
@InputType()
export class UpdateOrganisationInput extends PartialType(CreateOrganisationInput, InputType) {}
