import { toEmployerLocationModel } from '../employer/employer.mapper.js';
import type { VacancyCompetenceEntity, VacancyEntity } from './vacancy.entity.js';
import { VacancyCompetenceModel, VacancyModel } from './dto/vacancy.model.js';

const byRequirementThenWeight = (a: VacancyCompetenceEntity, b: VacancyCompetenceEntity) =>
  (a.requirement === b.requirement ? 0 : a.requirement === 'REQUIRED' ? -1 : 1) ||
  b.weight - a.weight ||
  a.competence.label.localeCompare(b.competence.label, 'nl');

export const toVacancyCompetenceModel = (e: VacancyCompetenceEntity): VacancyCompetenceModel =>
  Object.assign(new VacancyCompetenceModel(), {
    competence: {
      code: e.competence.code,
      label: e.competence.label,
      group: e.competence.group,
      sector: e.competence.sector,
    },
    minLevel: e.minLevel,
    weight: e.weight,
    requirement: e.requirement,
  });

/** Expects employer, location (with postcodeArea) and competences (with competence) loaded. */
export function toVacancyModel(e: VacancyEntity): VacancyModel {
  return Object.assign(new VacancyModel(), {
    id: e.id,
    employer: { id: e.employer.id, name: e.employer.name, sector: e.employer.sector },
    location: toEmployerLocationModel(e.location),
    regionCode: e.employer.regionCode,
    title: e.title,
    description: e.description,
    kind: e.kind,
    status: e.status,
    sector: e.sector,
    hoursMin: e.hoursMin,
    hoursMax: e.hoursMax,
    openings: e.openings,
    contractType: e.contractType,
    wageMinCents: e.wageMinCents,
    wageMaxCents: e.wageMaxCents,
    startsOn: e.startsOn,
    closesOn: e.closesOn,
    competences: [...(e.competences ?? [])]
      .sort(byRequirementThenWeight)
      .map(toVacancyCompetenceModel),
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    archivedAt: e.archivedAt,
  });
}
