import { ArgsType, Field, ID } from '@nestjs/graphql';
import { EMPLOYER_SECTORS, type EmployerSector } from '@werkbrug/domain-rules';
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
import { EmployerSectorEnum } from '../../../common/graphql/enums.js';
import { PageArgs } from '../../../common/graphql/pagination.js';
import {
  EmployerContactInput,
  EmployerLocationInput,
  UpdateEmployerContactInput,
  UpdateEmployerInput,
  UpdateEmployerLocationInput,
} from './employer.input.js';

@ArgsType()
export class EmployersArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^AM\d{2}$/, { message: 'Een regiocode ziet eruit als AM12.' })
  regionCode?: string;

  @Field(() => EmployerSectorEnum, { nullable: true })
  @IsOptional()
  @IsIn(EMPLOYER_SECTORS)
  sector?: EmployerSector;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Dit is geen geldige id.' })
  accountManagerId?: string;

  @Field(() => String, { nullable: true, description: 'Part of the name, or the KvK number.' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'Hoogstens 100 tekens.' })
  search?: string;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  includeArchived: boolean = false;
}

@ArgsType()
export class UpdateEmployerArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Dit is geen geldige id.' })
  id!: string;

  @Field(() => UpdateEmployerInput)
  @ValidateNested()
  @Type(() => UpdateEmployerInput)
  input!: UpdateEmployerInput;
}

@ArgsType()
export class AddEmployerLocationArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Dit is geen geldige id.' })
  employerId!: string;

  @Field(() => EmployerLocationInput)
  @ValidateNested()
  @Type(() => EmployerLocationInput)
  input!: EmployerLocationInput;
}

@ArgsType()
export class UpdateEmployerLocationArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Dit is geen geldige id.' })
  id!: string;

  @Field(() => UpdateEmployerLocationInput)
  @ValidateNested()
  @Type(() => UpdateEmployerLocationInput)
  input!: UpdateEmployerLocationInput;
}

@ArgsType()
export class AddEmployerContactArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Dit is geen geldige id.' })
  employerId!: string;

  @Field(() => EmployerContactInput)
  @ValidateNested()
  @Type(() => EmployerContactInput)
  input!: EmployerContactInput;
}

@ArgsType()
export class UpdateEmployerContactArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Dit is geen geldige id.' })
  id!: string;

  @Field(() => UpdateEmployerContactInput)
  @ValidateNested()
  @Type(() => UpdateEmployerContactInput)
  input!: UpdateEmployerContactInput;
}
