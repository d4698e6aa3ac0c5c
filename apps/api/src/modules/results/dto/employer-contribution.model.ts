import { Field, ObjectType } from '@nestjs/graphql';
import type { EmployerSector } from '@werkbrug/domain-rules';
import { EmployerSectorEnum } from '../../../common/graphql/enums.js';
import { SuppressedCountModel, SuppressedNumberModel } from './results.model.js';

@ObjectType('EmployerBanenafspraakQuarter')
export class EmployerBanenafspraakQuarterModel {
  @Field({ description: 'E.g. 2026-Q3.' }) quarter!: string;
  @Field({
    description: 'The last day of the quarter (YYYY-MM-DD); jobs are counted at its close.',
  })
  countDate!: string;
  @Field(() => SuppressedNumberModel, {
    description: 'Counted jobs (25.5 hours a week each); hidden when 1-4 people stand behind them.',
  })
  jobs!: SuppressedNumberModel;
  @Field(() => SuppressedCountModel, { description: 'People in those jobs; "<5" below 5.' })
  people!: SuppressedCountModel;
  @Field(() => SuppressedNumberModel, {
    description: "Jobs minus the previous quarter's; hidden when either is.",
  })
  changeFromPreviousQuarter!: SuppressedNumberModel;
  @Field(() => SuppressedCountModel, {
    description: 'People whose counted job began in the quarter.',
  })
  peopleStarted!: SuppressedCountModel;
  @Field(() => SuppressedCountModel, {
    description: 'People whose counted job ended in the quarter.',
  })
  peopleLost!: SuppressedCountModel;
}

@ObjectType('EmployerBanenafspraakContribution', {
  description:
    "Your own organisation's banenafspraak jobs per quarter: aggregates only, small counts suppressed as in the regional results.",
})
export class EmployerBanenafspraakContributionModel {
  @Field() employerName!: string;
  @Field(() => EmployerSectorEnum, { description: 'The sector your jobs count for.' })
  sector!: EmployerSector;
  @Field(() => [EmployerBanenafspraakQuarterModel], { description: 'Oldest first.' })
  quarters!: EmployerBanenafspraakQuarterModel[];
}
