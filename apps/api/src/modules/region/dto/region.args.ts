import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageArgs } from '../../../common/graphql/pagination.js';

const REGION_CODE = /^AM\d{2}$/;

@ArgsType()
export class RegionsArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only regions Werkbrug serves.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@ArgsType()
export class RegionCodeArgs {
  @Field()
  @Matches(REGION_CODE, { message: 'Een regiocode ziet eruit als AM12.' })
  code!: string;
}

@ArgsType()
export class MunicipalitiesArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(REGION_CODE, { message: 'Een regiocode ziet eruit als AM12.' })
  regionCode?: string;

  @Field(() => String, { nullable: true, description: 'Part of the name, case-insensitive.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class PostcodeArgs {
  @Field({ description: 'A postcode (1211 AB) or its four digits (1211).' })
  @IsString()
  @MaxLength(10)
  postcode!: string;
}
