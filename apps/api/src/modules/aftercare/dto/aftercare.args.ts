import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  AFTERCARE_OUTCOMES,
  AFTERCARE_STATUSES,
  CONTACT_CHANNELS,
  type AftercareOutcome,
  type AftercareStatus,
  type ContactChannel,
} from '@werkbrug/domain-rules';
import { Transform, Type } from 'class-transformer';
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
import { AftercareOutcomeEnum, AftercareStatusEnum } from '../../../common/graphql/enums.js';
import { ContactChannelEnum } from '../../employer/dto/employer-crm.model.js';
import { PageArgs } from '../../../common/graphql/pagination.js';
import { IsIsoDate, trim } from '../../../common/validation/validators.js';

const NOT_AN_ID = 'Dit is geen geldige id.';

@ArgsType()
export class AftercareTasksArgs extends PageArgs {
  @Field(() => AftercareStatusEnum, { defaultValue: 'OPEN' })
  @IsIn(AFTERCARE_STATUSES, { message: 'Kies een status.' })
  status: AftercareStatus = 'OPEN';

  @Field(() => String, { nullable: true, description: 'Due on or before this date (YYYY-MM-DD).' })
  @IsOptional()
  @IsIsoDate()
  dueBefore?: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Only placements at employers whose account manager you are.',
  })
  @IsBoolean()
  mine: boolean = false;

  @Field(() => String, { nullable: true, description: 'The region of the employer (AMnn).' })
  @IsOptional()
  @Matches(/^AM\d{2}$/, { message: 'Een regiocode ziet eruit als AM12.' })
  regionCode?: string;
}

@InputType()
export class RecordAftercareCheckInInput {
  @Field(() => AftercareOutcomeEnum)
  @IsIn(AFTERCARE_OUTCOMES, { message: 'Kies hoe het gaat.' })
  outcome!: AftercareOutcome;

  @Field(() => ContactChannelEnum)
  @IsIn(CONTACT_CHANNELS, { message: 'Kies hoe u contact had.' })
  channel!: ContactChannel;

  @Field({ description: 'Day of the contact, YYYY-MM-DD; not in the future.' })
  @IsIsoDate()
  date!: string;

  @Field(() => String, { nullable: true, description: 'Staff only; never shown to the employer.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000, { message: 'Houd de notitie onder 2000 tekens.' })
  note?: string | null;
}

@ArgsType()
export class RecordAftercareCheckInArgs {
  @Field(() => ID)
  @IsUUID('all', { message: NOT_AN_ID })
  id!: string;

  @Field(() => RecordAftercareCheckInInput)
  @ValidateNested()
  @Type(() => RecordAftercareCheckInInput)
  input!: RecordAftercareCheckInInput;
}
