import {
  COMPETENCE_TAXONOMY_VERSION,
  COMPETENCES,
  loadMunicipalities,
  loadPostcodeCentroids,
  loadRegions,
} from '@werkbrug/reference-data';
import type { DataSource } from 'typeorm';
import {
  CompetenceEntity,
  CompetenceTaxonomyEntity,
} from '../../modules/competence/competence.entity.js';
import {
  LabourMarketRegionEntity,
  MunicipalityEntity,
  PostcodeAreaEntity,
} from '../../modules/region/region.entity.js';

/** The regions the demo data and the pilots serve. */
export const ACTIVE_REGION_CODES = ['AM01', 'AM12', 'AM36'] as const;

const CHUNK = 1000;

function chunks<T>(rows: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) result.push(rows.slice(i, i + CHUNK));
  return result;
}

/**
 * Brings the reference data in line with the packaged copy: idempotent, safe on every start.
 * Regions, municipalities and postcodes are overwritten; competences are only added, so an
 * ADMIN's edits survive restarts.
 */
export async function syncReferenceData(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager
      .createQueryBuilder()
      .insert()
      .into(LabourMarketRegionEntity)
      .values(
        loadRegions().map((r) => ({
          code: r.code,
          name: r.name,
          active: (ACTIVE_REGION_CODES as readonly string[]).includes(r.code),
        })),
      )
      .orUpdate(['name', 'active'], ['code'])
      .execute();
    await manager
      .createQueryBuilder()
      .insert()
      .into(MunicipalityEntity)
      .values(
        loadMunicipalities().map((m) => ({
          code: m.code,
          name: m.name,
          regionCode: m.regionCode,
          lat: m.lat,
          lon: m.lon,
        })),
      )
      .orUpdate(['name', 'region_code', 'lat', 'lon'], ['code'])
      .execute();
    const postcodes = loadPostcodeCentroids().flatMap((p) => {
      const municipalityCode = p.municipalityCode ?? p.nearestMunicipalityCode ?? null;
      return municipalityCode
        ? [{ pc4: p.pc4, place: p.place, lat: p.lat, lon: p.lon, municipalityCode }]
        : [];
    });
    for (const rows of chunks(postcodes)) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(PostcodeAreaEntity)
        .values(rows)
        .orUpdate(['place', 'lat', 'lon', 'municipality_code'], ['pc4'])
        .execute();
    }
    await manager
      .createQueryBuilder()
      .insert()
      .into(CompetenceTaxonomyEntity)
      .values({ version: COMPETENCE_TAXONOMY_VERSION, revision: 1, current: true })
      .orIgnore()
      .execute();
    await manager
      .createQueryBuilder()
      .insert()
      .into(CompetenceEntity)
      .values(
        COMPETENCES.map((c) => ({
          code: c.code,
          group: c.group,
          sector: c.sector,
          label: c.label,
          description: c.description,
          levelDescriptions: [...c.levels],
          trainable: c.trainable,
          taxonomyVersion: COMPETENCE_TAXONOMY_VERSION,
        })),
      )
      .orIgnore()
      .execute();
  });
}
