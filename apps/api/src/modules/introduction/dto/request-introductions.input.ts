import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
} from 'class-validator';
import { IsIsoDate, trim } from '../../../common/validation/validators.js';

@InputType({
  description:
    'An employer asks the WSP to introduce one or more anonymous candidates for its own open vacancy.',
})
export class RequestIntroductionsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Dit is geen geldige id.' })
  vacancyId!: string;

  @Field(() => [Int], {
    description:
      'The candidate numbers ("Kandidaat 4711" → 4711) from the vacancy\'s suggestions, 1-10.',
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'Kies minstens één kandidaat.' })
  @ArrayMaxSize(10, { message: 'Kies hoogstens 10 kandidaten tegelijk.' })
  @ArrayUnique({ message: 'Elke kandidaat maar één keer.' })
  @IsInt({ each: true, message: 'Een kandidaatnummer is een heel getal.' })
  @Min(1, { each: true, message: 'Een kandidaatnummer is een heel getal.' })
  candidateNumbers!: number[];

  @Field(() => String, {
    nullable: true,
    description: 'A short message for the WSP, at most 1000 characters.',
  })
  @IsOptional()
  @IsString()
  @Transform(trim)
  @MaxLength(1000, { message: 'Hoogstens 1000 tekens.' })
  message?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Up to 5 proposed dates for a first meeting (YYYY-MM-DD), after today.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5, { message: 'Stel hoogstens 5 datums voor.' })
  @ArrayUnique({ message: 'Elke datum maar één keer.' })
  @IsIsoDate({ each: true })
  proposedDates?: string[] | null;
}
