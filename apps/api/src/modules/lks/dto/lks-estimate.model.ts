import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('LksAmounts', { description: 'Euro cents.' })
export class LksAmountsModel {
  @Field(() => Int, { description: 'The subsidised wage.' }) wage!: number;
  @Field(() => Int, { description: '8 % holiday pay on the subsidised wage.' }) holidayPay!: number;
  @Field(() => Int, { description: 'Werkgeverslasten: 23.5 % of wage and holiday pay.' })
  employerCosts!: number;
  @Field(() => Int) total!: number;
}

@ObjectType('LksEstimate', {
  description:
    'An estimate of the loonkostensubsidie (Participatiewet art. 10d) for a job; all amounts in euro cents.',
})
export class LksEstimateModel {
  @Field({ description: 'The day asked for (YYYY-MM-DD).' }) date!: string;
  @Field({ description: 'Start date (YYYY-MM-DD) of the minimum wage used.' }) wmlDate!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Dutch; set when the minimum wage for the date is not known yet and the latest known one was used.',
  })
  notice!: string | null;
  @Field(() => Int, { description: 'Hourly minimum wage (21 and older).' }) wmlHourlyCents!: number;
  @Field(() => Int, { description: 'The hourly wage for the job.' }) jobHourlyWageCents!: number;
  @Field(() => Int, { description: 'Loonwaarde % × the hourly wage for the job.' })
  loonwaardeHourlyCents!: number;
  @Field(() => Int, {
    description: '70 % of the hourly minimum wage: the most the wage part may be.',
  })
  maximumHourlyCents!: number;
  @Field(() => Int, {
    description: 'The wage part of the subsidy per hour: WML − loonwaarde, capped.',
  })
  wageSubsidyHourlyCents!: number;
  @Field({ description: 'Whether WML − loonwaarde exceeded 70 % of WML and was capped.' })
  cappedAtMaximum!: boolean;
  @Field(() => LksAmountsModel) perWeek!: LksAmountsModel;
  @Field(() => LksAmountsModel, { description: 'perWeek × 52 / 12.' }) perMonth!: LksAmountsModel;
  @Field(() => Int, {
    description: "Wage above the minimum wage per month: the employer's own cost, not subsidised.",
  })
  wageAboveWmlPerMonthCents!: number;
  @Field(() => LksAmountsModel, {
    description:
      'The whole wage per month with holiday pay and werkgeverslasten at the same percentages (an indication).',
  })
  wageCostPerMonth!: LksAmountsModel;
  @Field(() => Int, {
    description:
      'wageCostPerMonth.total − perMonth.total: what the job costs the employer net, per month.',
  })
  netCostPerMonthCents!: number;
}
