import {
  createUnionType,
  Field,
  Float,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import type {
  CompetenceRequirement,
  PlacementInstrument,
  TransportMode,
  VacancyKind,
  VacancyStatus,
} from '@werkbrug/domain-rules';
import { FACTOR_NAMES } from '@werkbrug/matching';
import {
  CompetenceRequirementEnum,
  PlacementInstrumentEnum,
  TransportModeEnum,
  VacancyKindEnum,
  VacancyStatusEnum,
} from '../../../common/graphql/enums.js';
import { START_PERSPECTIVES, type StartPerspective } from '../candidate-prospects.js';
import { MATCH_EXCLUSION_CODES, type MatchExclusionCode } from '../match-labels.js';

export const StartPerspectiveEnum = Object.fromEntries(START_PERSPECTIVES.map((p) => [p, p])) as {
  [K in StartPerspective]: K;
};
registerEnumType(StartPerspectiveEnum, {
  name: 'StartPerspective',
  description:
    'How soon an anonymous candidate could start: DIRECT, WITHIN_MONTHS or IN_CONSULTATION (with the WSP).',
});

export type MatchFactorName = Uppercase<(typeof FACTOR_NAMES)[number]>;
export const MatchFactorEnum = Object.fromEntries(
  FACTOR_NAMES.map((f) => [f.toUpperCase(), f.toUpperCase()]),
) as {
  [K in MatchFactorName]: K;
};
export const MatchExclusionCodeEnum = Object.fromEntries(
  MATCH_EXCLUSION_CODES.map((c) => [c, c]),
) as {
  [K in MatchExclusionCode]: K;
};
registerEnumType(MatchFactorEnum, {
  name: 'MatchFactor',
  description: 'A part of the match score.',
});
registerEnumType(MatchExclusionCodeEnum, {
  name: 'MatchExclusionCode',
  description: 'Why a pair is not suggested.',
});

@ObjectType('MatchFactorContribution', {
  description: "One factor's share of the score: weight × fit = points.",
})
export class MatchFactorContributionModel {
  @Field(() => MatchFactorEnum) factor!: MatchFactorName;
  @Field({ description: 'Dutch name of the factor.' }) label!: string;
  @Field(() => Float, { description: 'The most points this factor can give.' }) weight!: number;
  @Field(() => Float, { description: '0-1: how well the pair does on this factor.' }) fit!: number;
  @Field(() => Float, { description: 'Points this factor adds to the score.' }) points!: number;
}

@ObjectType('MatchedCompetence', {
  description: 'An asked competence the person has at the minimum level or higher.',
})
export class MatchedCompetenceModel {
  @Field() code!: string;
  @Field() label!: string;
  @Field(() => Int) level!: number;
  @Field(() => Int) minLevel!: number;
  @Field(() => Int, { description: 'How much the vacancy weighs it, 1-5.' }) weight!: number;
  @Field(() => CompetenceRequirementEnum) requirement!: CompetenceRequirement;
}

@ObjectType('MatchCompetenceGap', {
  description: 'An asked competence the person has below the minimum level, or not at all.',
})
export class MatchCompetenceGapModel {
  @Field() code!: string;
  @Field() label!: string;
  @Field(() => Int, { description: '0 when the person does not have it.' }) level!: number;
  @Field(() => Int) minLevel!: number;
  @Field(() => Int, { description: 'Levels short.' }) gap!: number;
  @Field(() => Int) weight!: number;
  @Field(() => CompetenceRequirementEnum) requirement!: CompetenceRequirement;
  @Field({ description: 'Typically closed on the job or with a short course.' })
  trainable!: boolean;
}

@ObjectType('MatchExplanation', { description: 'Why a pair scores what it scores, for WSP staff.' })
export class MatchExplanationModel {
  @Field(() => Float, { description: '0-100; the sum of the factors’ points.' }) score!: number;
  @Field(() => [MatchFactorContributionModel]) factors!: MatchFactorContributionModel[];
  @Field(() => [MatchedCompetenceModel]) competencesMet!: MatchedCompetenceModel[];
  @Field(() => [MatchCompetenceGapModel]) gaps!: MatchCompetenceGapModel[];
  @Field(() => Float, { description: 'Straight-line km between the PC4 centres.' })
  distanceKm!: number;
  @Field(() => Float, { description: 'Estimated one-way travel minutes with the transport below.' })
  travelMinutes!: number;
  @Field(() => TransportModeEnum, {
    description: 'The person’s transport mode that reaches farthest.',
  })
  transport!: TransportMode;
  @Field(() => Float) maxTravelKm!: number;
  @Field(() => Float) maxTravelMinutes!: number;
  @Field(() => Float) hoursAvailable!: number;
  @Field(() => Float) hoursMin!: number;
  @Field(() => Float) hoursMax!: number;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Null when the person has no preference or the vacancy no sector.',
  })
  sectorPreferred!: boolean | null;
  @Field() jobSeekerRegionCode!: string;
  @Field() vacancyRegionCode!: string;
}

@ObjectType('AnonymousMatchExplanation', {
  description:
    'What an employer learns of a match: competences, a distance band and hours; nothing about who it is.',
})
export class AnonymousMatchExplanationModel {
  @Field(() => [MatchedCompetenceModel]) competencesMet!: MatchedCompetenceModel[];
  @Field(() => [MatchCompetenceGapModel]) gaps!: MatchCompetenceGapModel[];
  @Field({
    description: 'A distance band such as "< 10 km" or "50 km of meer", never the exact distance.',
  })
  distanceBand!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'The band’s upper bound in km; null for the open last band.',
  })
  distanceBandUpToKm!: number | null;
  @Field(() => Float) hoursAvailable!: number;
  @Field(() => Float) hoursMin!: number;
  @Field(() => Float) hoursMax!: number;
}

@ObjectType('MatchCandidate', {
  description: 'A job-seeker in a match: the name only for staff of the job-seeker’s region.',
})
export class MatchCandidateModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) candidateNumber!: number;
  @Field({ description: 'E.g. "Kandidaat 4711".' }) candidateLabel!: string;
  @Field({ description: 'The region of the file’s municipality.' }) regionCode!: string;
  @Field(() => String, { nullable: true }) firstName!: string | null;
  @Field(() => String, { nullable: true }) lastName!: string | null;
}

@ObjectType('MatchVacancy')
export class MatchVacancyModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => VacancyKindEnum) kind!: VacancyKind;
  @Field(() => VacancyStatusEnum) status!: VacancyStatus;
  @Field(() => ID) employerId!: string;
  @Field() employerName!: string;
  @Field({ description: 'The employer’s region.' }) regionCode!: string;
  @Field() city!: string;
  @Field(() => Float) hoursMin!: number;
  @Field(() => Float) hoursMax!: number;
  @Field(() => Int) openings!: number;
}

@ObjectType('VacancyMatch', {
  description: 'A suggested job-seeker for a vacancy, as WSP staff see it.',
})
export class VacancyMatchModel {
  @Field(() => Int, { description: '1 for the best match.' }) rank!: number;
  @Field(() => MatchCandidateModel) jobSeeker!: MatchCandidateModel;
  @Field(() => Float) score!: number;
  @Field(() => MatchExplanationModel) explanation!: MatchExplanationModel;
}

@ObjectType('AnonymousCandidateMatch', {
  description: 'A suggested candidate as an employer sees it: anonymous.',
})
export class AnonymousCandidateMatchModel {
  @Field(() => Int) rank!: number;
  @Field(() => Int) candidateNumber!: number;
  @Field({ description: 'E.g. "Kandidaat 4711".' }) candidateLabel!: string;
  @Field(() => Float) score!: number;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Only for a garantiebaan: "in het doelgroepregister: ja". Null otherwise.',
  })
  inDoelgroepregister!: boolean | null;
  @Field(() => AnonymousMatchExplanationModel) explanation!: AnonymousMatchExplanationModel;
  @Field(() => StartPerspectiveEnum, {
    description: 'How soon the candidate could start, coarsely.',
  })
  startPerspective!: StartPerspective;
  @Field({ description: 'Dutch, e.g. "Direct beschikbaar".' }) startPerspectiveLabel!: string;
  @Field(() => [PlacementInstrumentEnum], {
    description: 'Instruments that could apply (an indication for the WSP to confirm); never why.',
  })
  instruments!: PlacementInstrument[];
}

export const VacancyMatchResult = createUnionType({
  name: 'VacancyMatchResult',
  description: 'Staff get VacancyMatch; employer users AnonymousCandidateMatch.',
  types: () => [VacancyMatchModel, AnonymousCandidateMatchModel] as const,
  resolveType: (value: VacancyMatchModel | AnonymousCandidateMatchModel) =>
    value instanceof AnonymousCandidateMatchModel
      ? AnonymousCandidateMatchModel
      : VacancyMatchModel,
});

@ObjectType('JobSeekerMatch', { description: 'A suggested vacancy for a job-seeker.' })
export class JobSeekerMatchModel {
  @Field(() => Int) rank!: number;
  @Field(() => MatchVacancyModel) vacancy!: MatchVacancyModel;
  @Field(() => Float) score!: number;
  @Field(() => MatchExplanationModel) explanation!: MatchExplanationModel;
}

@ObjectType('MatchExclusion', { description: 'A reason the pair is not suggested.' })
export class MatchExclusionModel {
  @Field(() => MatchExclusionCodeEnum) code!: MatchExclusionCode;
  @Field({ description: 'Short Dutch label.' }) label!: string;
  @Field({ description: 'One Dutch sentence with the numbers.' }) message!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The competence, for REQUIRED_COMPETENCE_MISSING.',
  })
  competenceCode!: string | null;
}

@ObjectType('MatchPairExplanation', {
  description:
    'One vacancy and one job-seeker: the score and every reason they are (not) suggested.',
})
export class MatchPairExplanationModel {
  @Field(() => MatchVacancyModel) vacancy!: MatchVacancyModel;
  @Field(() => MatchCandidateModel) jobSeeker!: MatchCandidateModel;
  @Field({ description: 'True when no reason keeps them apart.' }) suggestible!: boolean;
  @Field(() => [MatchExclusionModel]) exclusions!: MatchExclusionModel[];
  @Field(() => MatchExplanationModel, {
    nullable: true,
    description:
      'The score as if suggested; null when one side is not matchable at all (see exclusions).',
  })
  explanation!: MatchExplanationModel | null;
}
