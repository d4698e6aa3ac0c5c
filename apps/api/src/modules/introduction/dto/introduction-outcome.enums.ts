import { registerEnumType } from '@nestjs/graphql';
import {
  CONSENT_METHODS,
  INTRODUCTION_END_REASONS,
  type ConsentMethod,
  type IntroductionEndReason,
} from '@werkbrug/domain-rules';

export const IntroductionEndReasonEnum = Object.fromEntries(
  INTRODUCTION_END_REASONS.map((reason) => [reason, reason]),
) as {
  [K in IntroductionEndReason]: K;
};
/** Kept apart from the job-seeker's consent-to-be-matched enum: this is the consent to one introduction. */
export const IntroductionConsentMethodEnum = Object.fromEntries(
  CONSENT_METHODS.map((method) => [method, method]),
) as {
  [K in ConsentMethod]: K;
};

registerEnumType(IntroductionEndReasonEnum, {
  name: 'IntroductionEndReason',
  description: 'Why an introduction ended without a placement (DECLINED, REJECTED, WITHDRAWN).',
});
registerEnumType(IntroductionConsentMethodEnum, {
  name: 'IntroductionConsentMethod',
  description: 'How the job-seeker gave consent to be introduced to this employer.',
});
