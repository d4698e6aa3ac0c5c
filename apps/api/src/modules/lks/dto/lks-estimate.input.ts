import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';
import { IsIsoDate, IsWeeklyHours } from '../../../common/validation/validators.js';

@InputType({
  description: "A job and a worker's loonwaarde, for an estimate of the loonkostensubsidie.",
})
export class LksEstimateInput {
  @Field(() => Float, {
    description:
      'Gross hourly wage for the job in euros (the CAO wage), at least the minimum wage.',
  })
  @IsNumber(
    { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 },
    { message: "Vul een bedrag in euro's in, met hoogstens 2 decimalen." },
  )
  @Min(0.01, { message: 'Vul een uurloon in.' })
  @Max(500, { message: 'Een uurloon is hoogstens € 500.' })
  hourlyWage!: number;

  @Field(() => Int, { description: 'Measured loonwaarde as % of the wage for the job, 0-100.' })
  @IsInt({ message: 'De loonwaarde is een heel percentage.' })
  @Min(0, { message: 'De loonwaarde ligt tussen 0 en 100 %.' })
  @Max(100, { message: 'De loonwaarde ligt tussen 0 en 100 %.' })
  loonwaardePercent!: number;

  @Field(() => Float, { description: 'Contract hours a week, 1-40 in whole or half hours.' })
  @IsWeeklyHours()
  hoursPerWeek!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The day the estimate is for (YYYY-MM-DD); today when left out.',
  })
  @IsOptional()
  @IsIsoDate()
  date?: string | null;
}
