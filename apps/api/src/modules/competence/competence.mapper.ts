import type { CompetenceEntity, CompetenceTaxonomyEntity } from './competence.entity.js';
import { CompetenceModel, CompetenceTaxonomyModel } from './dto/competence.model.js';

export const toCompetenceModel = (e: CompetenceEntity): CompetenceModel =>
  Object.assign(new CompetenceModel(), {
    code: e.code,
    group: e.group,
    sector: e.sector,
    label: e.label,
    description: e.description,
    levels: e.levelDescriptions.map((description, index) => ({ level: index + 1, description })),
    trainable: e.trainable,
    taxonomyVersion: e.taxonomyVersion,
    revision: e.revision,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    archivedAt: e.archivedAt,
  });

export const toCompetenceTaxonomyModel = ({
  taxonomy,
  competenceCount,
}: {
  taxonomy: CompetenceTaxonomyEntity;
  competenceCount: number;
}): CompetenceTaxonomyModel =>
  Object.assign(new CompetenceTaxonomyModel(), {
    version: taxonomy.version,
    revision: taxonomy.revision,
    updatedAt: taxonomy.updatedAt,
    competenceCount,
  });
