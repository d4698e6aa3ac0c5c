import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { CONSENT_METHODS, type ConsentMethod } from '@werkbrug/domain-rules';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsIsoDate } from '../../../common/validation/validators.js';
import { IntroductionConsentMethodEnum } from './introduction-outcome.enums.js';

const NOT_AN_ID = 'Dit is geen geldige id.';

@InputType()
export class ProposeIntroductionInput {
  @Field(() => ID)
  @IsUUID('all', { message: NOT_AN_ID })
  vacancyId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: NOT_AN_ID })
  jobSeekerId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Match score 0-100 when the proposal comes from a suggestion.',
  })
  @IsOptional()
  @IsInt({ message: 'De matchscore is een heel getal.' })
  @Min(0, { message: 'De matchscore ligt tussen 0 en 100.' })
  @Max(100, { message: 'De matchscore ligt tussen 0 en 100.' })
  matchScore?: number | null;

  @Field(() => String, { nullable: true, description: 'Why this person, for the history.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'Hoogstens 1000 tekens.' })
  note?: string | null;
}

@InputType({ description: 'The job-seeker’s consent to be introduced to this employer.' })
export class IntroductionConsentInput {
  @Field({ description: 'When it was given (yyyy-mm-dd); not in the future.' })
  @IsIsoDate()
  givenOn!: string;

  @Field(() => IntroductionConsentMethodEnum)
  @IsIn(CONSENT_METHODS, { message: 'Kies hoe de toestemming is gegeven.' })
  method!: ConsentMethod;

  @Field(() => String, {
    nullable: true,
    description: 'From this day it no longer holds (yyyy-mm-dd); null: until withdrawn.',
  })
  @IsOptional()
  @IsIsoDate()
  expiresOn?: string | null;
}
