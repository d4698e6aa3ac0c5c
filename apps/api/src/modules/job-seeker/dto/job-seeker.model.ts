import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  CONSENT_METHODS,
  EARNING_CAPACITY_BANDS,
  type CompetenceGroup,
  type ConsentMethod,
  type ConsentStatus,
  type EarningCapacityBand,
  type TransportMode,
  type WorkSector,
} from '@werkbrug/domain-rules';
import {
  CompetenceGroupEnum,
  ConsentStatusEnum,
  TransportModeEnum,
  WorkSectorEnum,
} from '../../../common/graphql/enums.js';
import { ConnectionType } from '../../../common/graphql/pagination.js';
import { MunicipalityModel } from '../../region/dto/region.model.js';

export const EarningCapacityBandEnum = Object.fromEntries(
  EARNING_CAPACITY_BANDS.map((band) => [band, band]),
) as {
  [K in EarningCapacityBand]: K;
};
registerEnumType(EarningCapacityBandEnum, {
  name: 'EarningCapacityBand',
  description:
    'Earning capacity band: 0-30, 30-50, 50-80, 80-100 % of the minimum wage (lower bound included).',
});

export const ConsentMethodEnum = Object.fromEntries(
  CONSENT_METHODS.map((method) => [method, method]),
) as {
  [K in ConsentMethod]: K;
};
registerEnumType(ConsentMethodEnum, {
  name: 'ConsentMethod',
  description: 'How consent was given or withdrawn.',
});

@ObjectType('JobSeekerConsentChange', {
  description: 'One recorded change of the consent to be matched (newest first in lists).',
})
export class JobSeekerConsentChangeModel {
  @Field(() => ID) id!: string;
  @Field(() => ConsentStatusEnum) status!: ConsentStatus;
  @Field(() => ConsentMethodEnum, { nullable: true }) method!: ConsentMethod | null;
  @Field({ description: 'YYYY-MM-DD: the day consent was given or withdrawn.' })
  effectiveOn!: string;
  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: from this day on the consent counted as not given.',
  })
  expiresOn!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Display name of the staff member who recorded it.',
  })
  recordedBy!: string | null;
  @Field() recordedAt!: Date;
}

@ObjectType('JobSeekerCompetenceDefinition', {
  description: "The taxonomy entry a job-seeker's competence refers to.",
})
export class JobSeekerCompetenceDefinitionModel {
  @Field() code!: string;
  @Field() label!: string;
  @Field(() => CompetenceGroupEnum) group!: CompetenceGroup;
}

@ObjectType('JobSeekerCompetence', {
  description: 'A competence of the job-seeker with its level (1-5).',
})
export class JobSeekerCompetenceModel {
  @Field(() => JobSeekerCompetenceDefinitionModel) competence!: JobSeekerCompetenceDefinitionModel;
  @Field(() => Int) level!: number;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) assessedAt!: string | null;
}

@ObjectType('JobSeekerConsultant', { description: 'The consultant who owns the file.' })
export class JobSeekerConsultantModel {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
}

@ObjectType('JobSeeker', {
  description:
    'A resident looking for work (inwoner): the file as WSP and municipal staff see it. Every read is logged.',
})
export class JobSeekerModel {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The anonymous number employers see ("kandidaat 4711").' })
  candidateNumber!: number;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The BSN masked as *******82; only for consultants, null for others.',
  })
  bsnMasked!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) birthDate!: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Younger than 27 today; null without a birth date.',
  })
  jongere!: boolean | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field({ description: 'Postcode as 1211 AB.' }) postcode!: string;
  @Field() pc4!: string;
  @Field(() => MunicipalityModel, { description: 'The municipality responsible for the file.' })
  municipality!: MunicipalityModel;
  @Field({ description: 'The labour-market region of the municipality.' }) regionCode!: string;
  @Field(() => JobSeekerConsultantModel, { nullable: true })
  consultant!: JobSeekerConsultantModel | null;
  @Field(() => Int, { description: 'Earning capacity, % of the minimum wage.' })
  earningCapacityPercent!: number;
  @Field(() => EarningCapacityBandEnum) earningCapacityBand!: EarningCapacityBand;
  @Field(() => Int, { nullable: true }) loonwaardePercent!: number | null;
  @Field(() => Int, { nullable: true, description: 'Westerveld client profile 1-4.' })
  clientProfile!: number | null;
  @Field(() => Int, { nullable: true, description: 'Hilversum perspective group 1-3.' })
  perspectiveGroup!: number | null;
  @Field(() => Int, { description: 'Participatieladder step 1-6.' }) participationStep!: number;
  @Field() doelgroepregister!: boolean;
  @Field() indicatieBeschutWerk!: boolean;
  @Field() wswOud!: boolean;
  @Field() statushouder!: boolean;
  @Field(() => Float, { description: 'Hours a week.' }) hoursAvailable!: number;
  @Field(() => Int) maxTravelMinutes!: number;
  @Field(() => Int) maxTravelKm!: number;
  @Field(() => [TransportModeEnum]) transportModes!: TransportMode[];
  @Field() hasDrivingLicence!: boolean;
  @Field(() => [WorkSectorEnum]) sectorPreferences!: WorkSector[];
  @Field(() => String, {
    nullable: true,
    description:
      "Health-related (special-category data): only for the file's own consultant, null for everyone else.",
  })
  workLimitations!: string | null;
  @Field(() => ConsentStatusEnum, {
    description: 'Whether an anonymised profile may be shown to employers.',
  })
  consentStatus!: ConsentStatus;
  @Field(() => Date, { nullable: true }) consentUpdatedAt!: Date | null;
  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: the day the current consent status took effect.',
  })
  consentEffectiveOn!: string | null;
  @Field(() => ConsentMethodEnum, { nullable: true }) consentMethod!: ConsentMethod | null;
  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: from this day on a GRANTED consent counts as not given.',
  })
  consentExpiresOn!: string | null;
  @Field({
    description:
      'GRANTED but past its expiry date (today in Europe/Amsterdam): counts as not given, so not matched.',
  })
  consentExpired!: boolean;
  @Field(() => String, { nullable: true, description: 'Who recorded the current consent status.' })
  consentRecordedBy!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: when availability was last confirmed.',
  })
  availabilityConfirmedAt!: string | null;
  @Field({
    description:
      'Availability never confirmed or not for 90 days (today in Europe/Amsterdam): listed for follow-up.',
  })
  availabilityStale!: boolean;
  @Field(() => [JobSeekerCompetenceModel], { description: 'By group, then label.' })
  competences!: JobSeekerCompetenceModel[];
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
}

export const JobSeekerConnection = ConnectionType(JobSeekerModel, 'JobSeeker');
