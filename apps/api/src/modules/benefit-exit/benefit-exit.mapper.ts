import type { BenefitExitEntity } from '../results/results.entity.js';
import { BenefitExitModel } from './dto/benefit-exit.model.js';

/** Expects the municipality relation loaded. */
export function toBenefitExitModel(entity: BenefitExitEntity): BenefitExitModel {
  return Object.assign(new BenefitExitModel(), {
    id: entity.id,
    jobSeekerId: entity.jobSeekerId,
    exitDate: entity.exitDate,
    kind: entity.kind,
    reason: entity.reason,
    municipalityCode: entity.municipalityCode,
    municipalityName: entity.municipality.name,
    placementId: entity.placementId,
    createdAt: entity.createdAt,
  });
}
