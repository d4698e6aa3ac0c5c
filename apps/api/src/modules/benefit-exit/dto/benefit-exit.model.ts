import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  BENEFIT_EXIT_KINDS,
  BENEFIT_EXIT_REASONS,
  type BenefitExitKind,
  type BenefitExitReason,
} from '@werkbrug/results';

export const BenefitExitKindEnum = Object.fromEntries(
  BENEFIT_EXIT_KINDS.map((kind) => [kind, kind]),
) as {
  [K in BenefitExitKind]: K;
};
registerEnumType(BenefitExitKindEnum, {
  name: 'BenefitExitKind',
  description:
    'FULL: the benefit ended; PARTIAL: it was lowered because income now covers part of it.',
});

export const BenefitExitReasonEnum = Object.fromEntries(
  BENEFIT_EXIT_REASONS.map((reason) => [reason, reason]),
) as {
  [K in BenefitExitReason]: K;
};
registerEnumType(BenefitExitReasonEnum, {
  name: 'BenefitExitReason',
  description: 'Why the benefit ended or was lowered; only WORK counts as uitstroom naar werk.',
});

@ObjectType('BenefitExit', {
  description:
    "A job-seeker leaving benefit, fully or partly; part of the file (staff of the file's region).",
})
export class BenefitExitModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) jobSeekerId!: string;
  @Field({ description: 'YYYY-MM-DD.' }) exitDate!: string;
  @Field(() => BenefitExitKindEnum) kind!: BenefitExitKind;
  @Field(() => BenefitExitReasonEnum) reason!: BenefitExitReason;
  @Field({
    description: 'CBS code of the municipality that paid the benefit; the exit counts for it.',
  })
  municipalityCode!: string;
  @Field() municipalityName!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The placement that led to the exit, when recorded.',
  })
  placementId!: string | null;
  @Field() createdAt!: Date;
}
