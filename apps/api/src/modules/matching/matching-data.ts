import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CompetenceRequirement,
  Level,
  VacancyKind,
  VacancyStatus,
  WorkSector,
} from '@werkbrug/domain-rules';
import { DataSource } from 'typeorm';
import { todayInNetherlands } from '../job-seeker/calendar.js';
import type { MatchingVacancyRow } from './matching-input.js';

/** What the matching screens show of a vacancy, and what access checks need. */
export interface VacancySummary {
  id: string;
  title: string;
  kind: VacancyKind;
  status: VacancyStatus;
  archived: boolean;
  employerId: string;
  employerName: string;
  /** The employer's region (its WSP). */
  regionCode: string;
  city: string;
  hoursMin: number;
  hoursMax: number;
  openings: number;
}

export interface RegionState {
  code: string;
  name: string;
  active: boolean;
}

/** A running placement: the job-seeker is at work; the vacancy (if any) has a place less. */
export interface ActivePlacement {
  jobSeekerId: string;
  vacancyId: string | null;
}

interface VacancyRow {
  id: string;
  region_code: string;
  lat: number;
  lon: number;
  kind: VacancyKind;
  sector: WorkSector | null;
  hours_min: number;
  hours_max: number;
  open_places: number;
  codes: string[];
  min_levels: number[];
  weights: number[];
  requirements: CompetenceRequirement[];
}

interface SummaryRow {
  id: string;
  title: string;
  kind: VacancyKind;
  status: VacancyStatus;
  archived: boolean;
  employer_id: string;
  employer_name: string;
  region_code: string;
  city: string;
  hours_min: number;
  hours_max: number;
  openings: number;
}

/** A placement counts while it is not archived and has not ended before today (a future start counts). */
const ACTIVE_PLACEMENT = `placement.archived_at IS NULL AND (placement.end_date IS NULL OR placement.end_date >= $1::date)`;

/**
 * The matching module's reads of data that is not a job-seeker's: vacancies, regions and running
 * placements (ids only). Job-seekers are read through JobSeekerRepository.
 */
@Injectable()
export class MatchingData {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The matching features of the OPEN, unarchived vacancies of unarchived employers in active
   * regions (all of them, or those among `ids`), at the PC4 centroid of the vacancy's location.
   * Asked competences come REQUIRED first, then by weight, so explanations list them that way.
   */
  async readVacancies(ids?: readonly string[]): Promise<MatchingVacancyRow[]> {
    const wanted = ids === undefined ? null : [...new Set(ids)];
    if (wanted !== null && wanted.length === 0) return [];
    const rows: VacancyRow[] = await this.dataSource.query(
      `SELECT vacancy.id, employer.region_code, postcode_area.lat, postcode_area.lon,
              vacancy.kind, vacancy.sector,
              vacancy.hours_min::float8 AS hours_min, vacancy.hours_max::float8 AS hours_max,
              GREATEST(vacancy.openings - COALESCE(placed.count, 0), 0)::int AS open_places,
              COALESCE(asked.codes, '{}') AS codes, COALESCE(asked.min_levels, '{}') AS min_levels,
              COALESCE(asked.weights, '{}') AS weights, COALESCE(asked.requirements, '{}') AS requirements
         FROM vacancy
         JOIN employer ON employer.id = vacancy.employer_id AND employer.archived_at IS NULL
         JOIN labour_market_region region ON region.code = employer.region_code AND region.active
         JOIN employer_location location ON location.id = vacancy.location_id
         JOIN postcode_area ON postcode_area.pc4 = location.pc4
         LEFT JOIN (SELECT placement.vacancy_id, count(*)::int AS count
                      FROM placement WHERE ${ACTIVE_PLACEMENT} AND placement.vacancy_id IS NOT NULL
                     GROUP BY placement.vacancy_id) placed ON placed.vacancy_id = vacancy.id
         LEFT JOIN LATERAL (
              SELECT array_agg(asked.competence_code ORDER BY asked.requirement, asked.weight DESC, asked.competence_code) AS codes,
                     array_agg(asked.min_level ORDER BY asked.requirement, asked.weight DESC, asked.competence_code) AS min_levels,
                     array_agg(asked.weight ORDER BY asked.requirement, asked.weight DESC, asked.competence_code) AS weights,
                     array_agg(asked.requirement::text ORDER BY asked.requirement, asked.weight DESC, asked.competence_code) AS requirements
                FROM vacancy_competence asked WHERE asked.vacancy_id = vacancy.id) asked ON true
        WHERE vacancy.status = 'OPEN' AND vacancy.archived_at IS NULL${wanted === null ? '' : ' AND vacancy.id = ANY($2::uuid[])'}`,
      wanted === null ? [todayInNetherlands()] : [todayInNetherlands(), wanted],
    );
    return rows.map((row) => ({
      id: row.id,
      regionCode: row.region_code,
      lat: row.lat,
      lon: row.lon,
      kind: row.kind,
      sector: row.sector,
      hoursMin: row.hours_min,
      hoursMax: row.hours_max,
      openPlaces: row.open_places,
      competences: row.codes.map((code, i) => ({
        code,
        minLevel: row.min_levels[i] as Level,
        weight: row.weights[i]!,
        requirement: row.requirements[i]!,
      })),
    }));
  }

  /** Running placements (ids only). */
  async activePlacements(): Promise<ActivePlacement[]> {
    const rows: { job_seeker_id: string; vacancy_id: string | null }[] =
      await this.dataSource.query(
        `SELECT DISTINCT placement.job_seeker_id, placement.vacancy_id FROM placement WHERE ${ACTIVE_PLACEMENT}`,
        [todayInNetherlands()],
      );
    return rows.map((row) => ({ jobSeekerId: row.job_seeker_id, vacancyId: row.vacancy_id }));
  }

  /** Any vacancy, whatever its status, by id; unknown ids are absent. */
  async vacancySummaries(ids: readonly string[]): Promise<Map<string, VacancySummary>> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return new Map();
    const rows: SummaryRow[] = await this.dataSource.query(
      `SELECT vacancy.id, vacancy.title, vacancy.kind, vacancy.status, vacancy.archived_at IS NOT NULL AS archived,
              vacancy.employer_id, employer.name AS employer_name, employer.region_code, location.city,
              vacancy.hours_min::float8 AS hours_min, vacancy.hours_max::float8 AS hours_max, vacancy.openings
         FROM vacancy
         JOIN employer ON employer.id = vacancy.employer_id
         JOIN employer_location location ON location.id = vacancy.location_id
        WHERE vacancy.id = ANY($1::uuid[])`,
      [wanted],
    );
    return new Map(
      rows.map((row) => [
        row.id,
        {
          id: row.id,
          title: row.title,
          kind: row.kind,
          status: row.status,
          archived: row.archived,
          employerId: row.employer_id,
          employerName: row.employer_name,
          regionCode: row.region_code,
          city: row.city,
          hoursMin: row.hours_min,
          hoursMax: row.hours_max,
          openings: row.openings,
        },
      ]),
    );
  }

  async vacancySummary(id: string): Promise<VacancySummary | undefined> {
    return (await this.vacancySummaries([id])).get(id);
  }

  async region(code: string): Promise<RegionState | undefined> {
    const [row] = (await this.dataSource.query(
      'SELECT code, name, active FROM labour_market_region WHERE code = $1',
      [code],
    )) as RegionState[];
    return row;
  }
}
