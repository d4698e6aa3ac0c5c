import type { LksAmounts } from '@werkbrug/domain-rules';
import type { LksEstimate } from './lks-estimate.js';
import { LksAmountsModel, LksEstimateModel } from './dto/lks-estimate.model.js';

const toAmounts = (amounts: LksAmounts): LksAmountsModel =>
  Object.assign(new LksAmountsModel(), amounts);

export function toLksEstimateModel(estimate: LksEstimate): LksEstimateModel {
  return Object.assign(new LksEstimateModel(), {
    ...estimate,
    perWeek: toAmounts(estimate.perWeek),
    perMonth: toAmounts(estimate.perMonth),
    wageCostPerMonth: toAmounts(estimate.wageCostPerMonth),
  });
}
