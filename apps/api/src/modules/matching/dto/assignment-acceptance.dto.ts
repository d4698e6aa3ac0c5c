import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsUUID, ValidateNested } from 'class-validator';

const INVALID_ID = { message: 'Dit is geen geldige id.' };

export const ASSIGNMENT_PAIR_OUTCOMES = [
  'SHORTLISTED',
  'ALREADY_IN_PIPELINE',
  'NOT_IN_PROPOSAL',
  'REFUSED',
] as const;
export type AssignmentPairOutcome = (typeof ASSIGNMENT_PAIR_OUTCOMES)[number];
export const AssignmentPairOutcomeEnum = Object.fromEntries(
  ASSIGNMENT_PAIR_OUTCOMES.map((o) => [o, o]),
) as {
  [K in AssignmentPairOutcome]: K;
};
registerEnumType(AssignmentPairOutcomeEnum, {
  name: 'AssignmentPairOutcome',
  description:
    'SHORTLISTED: a PROPOSED introduction was made; ALREADY_IN_PIPELINE: the pair already has an introduction; ' +
    'NOT_IN_PROPOSAL: the proposal does not hold this pair; REFUSED: a rule kept it out (see message).',
});

@InputType()
export class AssignmentPairInput {
  @Field(() => ID)
  @IsUUID('all', INVALID_ID)
  vacancyId!: string;

  @Field(() => ID)
  @IsUUID('all', INVALID_ID)
  jobSeekerId!: string;
}

@ArgsType()
export class AcceptAssignmentPairsArgs {
  @Field(() => ID)
  @IsUUID('all', INVALID_ID)
  proposalId!: string;

  @Field(() => [AssignmentPairInput], {
    description: 'The proposed pairs to put on the vacancies’ shortlists; 1-200.',
  })
  @ArrayMinSize(1, { message: 'Kies ten minste één paar.' })
  @ArrayMaxSize(200, { message: 'Hoogstens 200 paren tegelijk.' })
  @ValidateNested({ each: true })
  @Type(() => AssignmentPairInput)
  pairs!: AssignmentPairInput[];
}

@ObjectType('AssignmentPairAcceptance', { description: 'What happened to one accepted pair.' })
export class AssignmentPairAcceptanceModel {
  @Field(() => ID) vacancyId!: string;
  @Field(() => ID) jobSeekerId!: string;
  @Field(() => AssignmentPairOutcomeEnum) outcome!: AssignmentPairOutcome;
  @Field(() => ID, { nullable: true, description: 'The new introduction, for SHORTLISTED.' })
  introductionId!: string | null;
  @Field(() => String, { nullable: true, description: 'Why not (Dutch), for the other outcomes.' })
  message!: string | null;
}
