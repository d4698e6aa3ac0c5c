import { INTRODUCTION_STATUS_LABELS } from '@werkbrug/domain-rules';
import type { IntroductionStatus } from '../../gql/graphql.js';

export function introductionStatusLabel(status: IntroductionStatus): string {
  return INTRODUCTION_STATUS_LABELS[status];
}

/** Introductions that ended: no further step is possible. */
export const ENDED_STATUSES: readonly IntroductionStatus[] = [
  'DECLINED',
  'REJECTED',
  'WITHDRAWN',
  'PLACED',
];
