import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { PlacementInstrument, VacancyKind } from '@werkbrug/domain-rules';
import type { Suppression } from '@werkbrug/results';
import { PlacementInstrumentEnum, VacancyKindEnum } from '../../../common/graphql/enums.js';

export const SuppressionEnum = {
  NONE: 'NONE',
  SMALL_COUNT: 'SMALL_COUNT',
  COMPLEMENTARY: 'COMPLEMENTARY',
} as const satisfies Record<Suppression, Suppression>;
registerEnumType(SuppressionEnum, {
  name: 'Suppression',
  description: 'Why a figure is not shown.',
  valuesMap: {
    NONE: { description: 'Shown.' },
    SMALL_COUNT: {
      description:
        'Fewer than 5 people: a count reads "<5", a figure resting on 1-4 people reads "x".',
    },
    COMPLEMENTARY: {
      description:
        'Hidden ("x") so that no "<5" can be worked out from totals, or computed from a hidden figure.',
    },
  },
});

@ObjectType('SuppressedCount', {
  description:
    'A count of people. Below 5 the value is never sent (null) and reads "<5"; other cells of the same table are hidden ' +
    'as well ("x") where a total would give it away, so no subtraction recovers it.',
})
export class SuppressedCountModel {
  @Field(() => Int, { nullable: true, description: 'Null when suppressed.' }) value!: number | null;
  @Field({ description: 'What to show: "12", "<5" or "x".' }) display!: string;
  @Field(() => SuppressionEnum) suppression!: Suppression;
}

@ObjectType('SuppressedNumber', {
  description:
    'A figure (jobs, a percentage, days). Hidden (null, "x") when it rests on 1-4 people or would give away a hidden figure.',
})
export class SuppressedNumberModel {
  @Field(() => Float, { nullable: true, description: 'Null when suppressed.' }) value!:
    number | null;
  @Field({ description: 'Dutch text with one decimal ("31,7"), or "x".' }) display!: string;
  @Field(() => SuppressionEnum) suppression!: Suppression;
}

@ObjectType('SectorJobs', {
  description:
    'Banenafspraak jobs (25.5 hours a week each), split by the sector of the employer the work is done for.',
})
export class SectorJobsModel {
  @Field(() => SuppressedNumberModel) markt!: SuppressedNumberModel;
  @Field(() => SuppressedNumberModel) overheid!: SuppressedNumberModel;
  @Field(() => SuppressedNumberModel) total!: SuppressedNumberModel;
}

@ObjectType('SectorPercent', {
  description:
    '% of the target reached; null where no target (or no markt/overheid split of it) is set.',
})
export class SectorPercentModel {
  @Field(() => SuppressedNumberModel, { nullable: true }) markt!: SuppressedNumberModel | null;
  @Field(() => SuppressedNumberModel, { nullable: true }) overheid!: SuppressedNumberModel | null;
  @Field(() => SuppressedNumberModel, { nullable: true }) total!: SuppressedNumberModel | null;
}

@ObjectType('RegionTarget', {
  description:
    "A region's banenafspraak target for a year: extra jobs against the baseline of 1 January 2013.",
})
export class RegionTargetModel {
  @Field() regionCode!: string;
  @Field(() => Int) year!: number;
  @Field(() => Float) jobs!: number;
  @Field(() => Float, { nullable: true }) marktJobs!: number | null;
  @Field(() => Float, { nullable: true }) overheidJobs!: number | null;
}

@ObjectType('BanenafspraakQuarter')
export class BanenafspraakQuarterModel {
  @Field({ description: 'E.g. 2026-Q3.' }) quarter!: string;
  @Field({
    description: 'The last day of the quarter (YYYY-MM-DD); jobs are counted at its close.',
  })
  countDate!: string;
  @Field(() => SectorJobsModel, { description: 'Counted jobs on the count date.' })
  jobs!: SectorJobsModel;
  @Field(() => SectorJobsModel, {
    description: 'Jobs minus the baseline: what the target is about.',
  })
  extraJobs!: SectorJobsModel;
  @Field(() => SuppressedNumberModel, { description: "Jobs minus the previous quarter's." })
  changeFromPreviousQuarter!: SuppressedNumberModel;
  @Field(() => SuppressedCountModel, {
    description:
      'People whose counted job began in the quarter (new job, or entering the doelgroepregister).',
  })
  peopleStarted!: SuppressedCountModel;
  @Field(() => SuppressedCountModel, {
    description:
      'People whose counted job ended in the quarter (job ended, or left the doelgroepregister).',
  })
  peopleLost!: SuppressedCountModel;
  @Field(() => RegionTargetModel, {
    nullable: true,
    description: "The target of the quarter's year.",
  })
  target!: RegionTargetModel | null;
  @Field(() => SectorPercentModel) percentOfTarget!: SectorPercentModel;
}

@ObjectType('BanenafspraakResults', { description: 'Banenafspraak per quarter: aggregates only.' })
export class BanenafspraakResultsModel {
  @Field() regionCode!: string;
  @Field() regionName!: string;
  @Field({
    description: 'The baseline is the stock at the close of this day (the eve of 1 January 2013).',
  })
  baselineCountDate!: string;
  @Field(() => SectorJobsModel) baselineJobs!: SectorJobsModel;
  @Field(() => [BanenafspraakQuarterModel]) quarters!: BanenafspraakQuarterModel[];
}

@ObjectType('MunicipalityResult', {
  description: 'People counted for a municipality against its target.',
})
export class MunicipalityResultModel {
  @Field() municipalityCode!: string;
  @Field() municipalityName!: string;
  @Field(() => SuppressedCountModel) realised!: SuppressedCountModel;
  @Field(() => Int, { nullable: true, description: 'Null: no target set for the year.' }) target!:
    number | null;
  @Field(() => SuppressedNumberModel, {
    nullable: true,
    description: 'Null without a target above 0.',
  })
  percentOfTarget!: SuppressedNumberModel | null;
}

@ObjectType('RegionResultTotal', {
  description: 'The region: everyone counted, against the sum of the targets that are set.',
})
export class RegionResultTotalModel {
  @Field(() => SuppressedCountModel) realised!: SuppressedCountModel;
  @Field(() => Int, { nullable: true, description: 'Null when no municipality has a target.' })
  target!: number | null;
  @Field(() => SuppressedNumberModel, { nullable: true })
  percentOfTarget!: SuppressedNumberModel | null;
}

@ObjectType('BeschutWerkResults', {
  description:
    'Realised sheltered places (people with an indicatie beschut werk in a paid placement on a SHELTERED vacancy) per municipality.',
})
export class BeschutWerkResultsModel {
  @Field() regionCode!: string;
  @Field() regionName!: string;
  @Field(() => Int) year!: number;
  @Field({ description: 'The year end, or the end of its last completed quarter.' })
  countDate!: string;
  @Field(() => [MunicipalityResultModel], { description: 'By name.' })
  municipalities!: MunicipalityResultModel[];
  @Field(() => RegionResultTotalModel) total!: RegionResultTotalModel;
}

@ObjectType('UitstroomTotal')
export class UitstroomTotalModel extends RegionResultTotalModel {
  @Field(() => SuppressedCountModel, { description: 'Left benefit fully.' })
  full!: SuppressedCountModel;
  @Field(() => SuppressedCountModel, { description: 'Left benefit partly (part-time work).' })
  partial!: SuppressedCountModel;
}

@ObjectType('UitstroomResults', {
  description: 'People leaving benefit because of work, per municipality that paid it.',
})
export class UitstroomResultsModel {
  @Field() regionCode!: string;
  @Field() regionName!: string;
  @Field(() => Int) year!: number;
  @Field() from!: string;
  @Field({ description: 'The year end, or the end of its last completed quarter.' }) to!: string;
  @Field(() => [MunicipalityResultModel], { description: 'By name.' })
  municipalities!: MunicipalityResultModel[];
  @Field(() => UitstroomTotalModel) total!: UitstroomTotalModel;
}

@ObjectType('PipelineFunnel', { description: 'People reaching each step within the period.' })
export class PipelineFunnelModel {
  @Field(() => SuppressedCountModel, { description: 'Proposed for a vacancy (voorgedragen).' })
  proposed!: SuppressedCountModel;
  @Field(() => SuppressedCountModel, { description: 'Introduced to the employer, with consent.' })
  introduced!: SuppressedCountModel;
  @Field(() => SuppressedCountModel, { description: 'Placed through an introduction.' })
  placed!: SuppressedCountModel;
}

@ObjectType('PlacementsByVacancyKind')
export class PlacementsByVacancyKindModel {
  @Field(() => VacancyKindEnum, {
    nullable: true,
    description: 'Null: placements without a vacancy.',
  })
  kind!: VacancyKind | null;
  @Field(() => SuppressedCountModel) people!: SuppressedCountModel;
}

@ObjectType('InstrumentUse')
export class InstrumentUseModel {
  @Field(() => PlacementInstrumentEnum) instrument!: PlacementInstrument;
  @Field(() => SuppressedCountModel) people!: SuppressedCountModel;
}

@ObjectType('AftercareOnTime', {
  description:
    'Aftercare check-ins due in the period and the share done within 7 days of their due date.',
})
export class AftercareOnTimeModel {
  @Field(() => SuppressedCountModel, {
    description:
      'Check-ins due (cancelled ones left out); hidden ("x") when 1-4 people stand behind them.',
  })
  checkInsDue!: SuppressedCountModel;
  @Field(() => SuppressedNumberModel, {
    nullable: true,
    description: 'Percentage done on time; null without check-ins due.',
  })
  percentage!: SuppressedNumberModel | null;
}

@ObjectType('PipelineResults', {
  description: 'The pipeline of a region over a year (to its last completed quarter).',
})
export class PipelineResultsModel {
  @Field() regionCode!: string;
  @Field() regionName!: string;
  @Field(() => Int) year!: number;
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => PipelineFunnelModel) funnel!: PipelineFunnelModel;
  @Field(() => [PlacementsByVacancyKindModel], {
    description: 'People whose placement started in the period; they add up to placementsTotal.',
  })
  placementsByVacancyKind!: PlacementsByVacancyKindModel[];
  @Field(() => SuppressedCountModel) placementsTotal!: SuppressedCountModel;
  @Field(() => [InstrumentUseModel], {
    description: 'People placed with each instrument (several per placement possible).',
  })
  instruments!: InstrumentUseModel[];
  @Field(() => SuppressedNumberModel, {
    nullable: true,
    description: "Mean days from a vacancy's creation to its placement's start; null without any.",
  })
  averageDaysVacancyToPlacement!: SuppressedNumberModel | null;
  @Field(() => AftercareOnTimeModel) aftercareOnTime!: AftercareOnTimeModel;
}

@ObjectType('NationalRegionResult', {
  description:
    "A region on the map. Figures only for the viewer's own regions (every region for an admin).",
})
export class NationalRegionResultModel {
  @Field() regionCode!: string;
  @Field() regionName!: string;
  @Field({ description: 'Whether Werkbrug serves the region.' }) active!: boolean;
  @Field({
    description: "Whether the viewer may see the region's figures; the figures are null otherwise.",
  })
  inScope!: boolean;
  @Field(() => SuppressedNumberModel, { nullable: true }) jobs!: SuppressedNumberModel | null;
  @Field(() => SuppressedNumberModel, { nullable: true }) extraJobs!: SuppressedNumberModel | null;
  @Field(() => Float, { nullable: true, description: 'Target in extra jobs for the year.' })
  targetJobs!: number | null;
  @Field(() => SuppressedNumberModel, { nullable: true })
  percentOfTarget!: SuppressedNumberModel | null;
}

@ObjectType('NationalOverview', {
  description: 'Banenafspraak per region for one quarter, for the map.',
})
export class NationalOverviewModel {
  @Field() quarter!: string;
  @Field() countDate!: string;
  @Field(() => [NationalRegionResultModel], { description: 'All 35 regions, by code.' })
  regions!: NationalRegionResultModel[];
}

@ObjectType('MunicipalityTarget', {
  description: "A municipality's targets for a year; null where none is set.",
})
export class MunicipalityTargetModel {
  @Field() municipalityCode!: string;
  @Field() municipalityName!: string;
  @Field() regionCode!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int, { nullable: true }) beschutWerkTaakstelling!: number | null;
  @Field(() => Int, { nullable: true }) uitstroomTarget!: number | null;
}
