import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ContractType,
  EmployerSector,
  IsoDate,
  Period,
  PlacementInstrument,
  VacancyKind,
} from '@werkbrug/domain-rules';
import type {
  AftercareCheckInRow,
  BenefitExit,
  FlagPeriod,
  IntroductionStep,
  JobSeekerFlag,
  MunicipalityRef,
  MunicipalityTarget,
  RegionTarget,
  ResultPlacement,
} from '@werkbrug/results';
import { DataSource } from 'typeorm';

type PlacementRow = {
  personId: string;
  municipalityCode: string;
  contractType: ContractType;
  weeklyHours: number;
  start: string;
  end: string | null;
  sector: EmployerSector;
  regionCode: string;
  vacancyKind: VacancyKind | null;
  vacancyOpenedOn: string | null;
  instruments: PlacementInstrument[];
};

export type EmployerRef = { name: string; sector: EmployerSector; regionCode: string };

/** Dates as text, so that no time zone touches them. */
const PLACEMENT_COLUMNS = `
  p.job_seeker_id AS "personId", js.municipality_code AS "municipalityCode", p.contract_type AS "contractType",
  p.hours_per_week::float8 AS "weeklyHours", p.start_date::text AS "start", p.end_date::text AS "end",
  e.sector, e.region_code AS "regionCode", v.kind AS "vacancyKind",
  (v.created_at AT TIME ZONE 'Europe/Amsterdam')::date::text AS "vacancyOpenedOn", p.instruments::text[] AS instruments`;

const PLACEMENT_JOINS = `
  FROM placement p
  JOIN employer e ON e.id = p.employer_id
  JOIN job_seeker js ON js.id = p.job_seeker_id
  LEFT JOIN vacancy v ON v.id = p.vacancy_id`;

/**
 * The rows the counting rules of @werkbrug/results read, loaded with SQL. Only facts with their
 * dates leave here; the counting (and the suppression of small counts) happens in the package.
 * Archived placements are included: archiving hides a record from lists, not from the results.
 */
@Injectable()
export class ResultsRows {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async region(code: string): Promise<{ code: string; name: string; active: boolean } | null> {
    const [row] = (await this.dataSource.query(
      'SELECT code, name, active FROM labour_market_region WHERE code = $1',
      [code],
    )) as {
      code: string;
      name: string;
      active: boolean;
    }[];
    return row ?? null;
  }

  async regions(): Promise<{ code: string; name: string; active: boolean }[]> {
    return this.dataSource.query(
      'SELECT code, name, active FROM labour_market_region ORDER BY code',
    );
  }

  /** By name, in Dutch order; never by a figure (an order by size would leak hidden counts). */
  async municipalitiesOf(regionCode: string): Promise<MunicipalityRef[]> {
    const rows = (await this.dataSource.query(
      'SELECT code, name FROM municipality WHERE region_code = $1',
      [regionCode],
    )) as MunicipalityRef[];
    return rows.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }

  async regionTargets(regionCodes: readonly string[] | null): Promise<RegionTarget[]> {
    const rows = (await this.dataSource.query(
      `SELECT region_code AS "regionCode", year, jobs::float8 AS jobs, markt_jobs::float8 AS "marktJobs", overheid_jobs::float8 AS "overheidJobs"
         FROM region_target WHERE $1::varchar[] IS NULL OR region_code = ANY($1)`,
      [regionCodes],
    )) as RegionTarget[];
    return rows;
  }

  async municipalityTargets(regionCode: string, year: number): Promise<MunicipalityTarget[]> {
    return this.dataSource.query(
      `SELECT t.municipality_code AS "municipalityCode", t.year, t.beschut_werk_taakstelling AS "beschutWerkTaakstelling",
              t.uitstroom_target AS "uitstroomTarget"
         FROM municipality_target t JOIN municipality m ON m.code = t.municipality_code
        WHERE m.region_code = $1 AND t.year = $2`,
      [regionCode, year],
    );
  }

  /**
   * Placements that can count for the banenafspraak of the regions (null: all) up to a count
   * date, with the doelgroepregister periods of their people. The placement's employer is the
   * one the work is done for (the inlener for temp-agency work and secondment); the agency
   * itself is not recorded, so it stands in for the legal employer too.
   */
  async banenafspraakRows(
    regionCodes: readonly string[] | null,
    until: IsoDate,
  ): Promise<{ placements: ResultPlacement[]; flagPeriods: FlagPeriod[] }> {
    const rows = (await this.dataSource.query(
      `SELECT ${PLACEMENT_COLUMNS} ${PLACEMENT_JOINS}
        WHERE ($1::varchar[] IS NULL OR e.region_code = ANY($1)) AND p.start_date <= $2
          AND EXISTS (SELECT 1 FROM job_seeker_flag_period f WHERE f.job_seeker_id = p.job_seeker_id AND f.flag = 'DOELGROEPREGISTER')`,
      [regionCodes, until],
    )) as PlacementRow[];
    const placements = rows.map(toResultPlacement);
    return { placements, flagPeriods: await this.flagPeriods(placements, 'DOELGROEPREGISTER') };
  }

  /**
   * One employer's own banenafspraak rows: its placements (employer_id is the employer the work is
   * done for, the inlener for temp-agency work and secondment) of people ever in the register.
   */
  async employerBanenafspraakRows(
    employerId: string,
    until: IsoDate,
  ): Promise<{
    employer: EmployerRef | null;
    placements: ResultPlacement[];
    flagPeriods: FlagPeriod[];
  }> {
    const [employer] = (await this.dataSource.query(
      'SELECT name, sector, region_code AS "regionCode" FROM employer WHERE id = $1',
      [employerId],
    )) as EmployerRef[];
    const rows = (await this.dataSource.query(
      `SELECT ${PLACEMENT_COLUMNS} ${PLACEMENT_JOINS}
        WHERE p.employer_id = $1 AND p.start_date <= $2
          AND EXISTS (SELECT 1 FROM job_seeker_flag_period f WHERE f.job_seeker_id = p.job_seeker_id AND f.flag = 'DOELGROEPREGISTER')`,
      [employerId, until],
    )) as PlacementRow[];
    const placements = rows.map(toResultPlacement);
    return {
      employer: employer ?? null,
      placements,
      flagPeriods: await this.flagPeriods(placements, 'DOELGROEPREGISTER'),
    };
  }

  /** Placements on sheltered vacancies of the region's residents running on the count date, with their indicatie periods. */
  async beschutWerkRows(
    regionCode: string,
    countDate: IsoDate,
  ): Promise<{ placements: ResultPlacement[]; flagPeriods: FlagPeriod[] }> {
    const rows = (await this.dataSource.query(
      `SELECT ${PLACEMENT_COLUMNS} ${PLACEMENT_JOINS}
         JOIN municipality m ON m.code = js.municipality_code
        WHERE m.region_code = $1 AND v.kind = 'SHELTERED'
          AND p.start_date <= $2 AND (p.end_date IS NULL OR p.end_date >= $2)`,
      [regionCode, countDate],
    )) as PlacementRow[];
    const placements = rows.map(toResultPlacement);
    return {
      placements,
      flagPeriods: await this.flagPeriods(placements, 'INDICATIE_BESCHUT_WERK'),
    };
  }

  /** Exits from benefit paid by the region's municipalities within the period. */
  async benefitExits(regionCode: string, period: Period): Promise<BenefitExit[]> {
    return this.dataSource.query(
      `SELECT x.job_seeker_id AS "personId", x.municipality_code AS "municipalityCode", x.exit_date::text AS date, x.kind, x.reason
         FROM benefit_exit x JOIN municipality m ON m.code = x.municipality_code
        WHERE m.region_code = $1 AND x.exit_date BETWEEN $2 AND $3`,
      [regionCode, period.from, period.to],
    );
  }

  /** Placements at the region's employers that started within the period. */
  async startedPlacements(regionCode: string, period: Period): Promise<ResultPlacement[]> {
    const rows = (await this.dataSource.query(
      `SELECT ${PLACEMENT_COLUMNS} ${PLACEMENT_JOINS}
        WHERE e.region_code = $1 AND p.start_date BETWEEN $2 AND $3`,
      [regionCode, period.from, period.to],
    )) as PlacementRow[];
    return rows.map(toResultPlacement);
  }

  /** Aftercare check-ins of the region's employers' placements due within the period. */
  async aftercareCheckIns(regionCode: string, period: Period): Promise<AftercareCheckInRow[]> {
    return this.dataSource.query(
      `SELECT p.job_seeker_id AS "personId", e.region_code AS "regionCode", a.due_date::text AS "dueDate",
              a.status, a.completed_on::text AS "completedOn"
         FROM aftercare_check_in a
         JOIN placement p ON p.id = a.placement_id
         JOIN employer e ON e.id = p.employer_id
        WHERE e.region_code = $1 AND a.due_date BETWEEN $2 AND $3`,
      [regionCode, period.from, period.to],
    );
  }

  /** Introductions to the region's employers reaching a funnel step within the period (Dutch dates). */
  async introductionSteps(regionCode: string, period: Period): Promise<IntroductionStep[]> {
    return this.dataSource.query(
      `SELECT i.job_seeker_id AS "personId", e.region_code AS "regionCode", c.to_status AS status,
              (c.changed_at AT TIME ZONE 'Europe/Amsterdam')::date::text AS "on"
         FROM introduction_status_change c
         JOIN introduction i ON i.id = c.introduction_id
         JOIN vacancy v ON v.id = i.vacancy_id
         JOIN employer e ON e.id = v.employer_id
        WHERE e.region_code = $1 AND c.to_status IN ('PROPOSED', 'INTRODUCED', 'PLACED')
          AND (c.changed_at AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $2 AND $3`,
      [regionCode, period.from, period.to],
    );
  }

  private async flagPeriods(
    placements: readonly ResultPlacement[],
    flag: JobSeekerFlag,
  ): Promise<FlagPeriod[]> {
    const personIds = [...new Set(placements.map((placement) => placement.personId))];
    if (personIds.length === 0) return [];
    return this.dataSource.query(
      `SELECT job_seeker_id AS "personId", flag, valid_from::text AS "validFrom", valid_to::text AS "validTo"
         FROM job_seeker_flag_period WHERE flag = $1 AND job_seeker_id = ANY($2::uuid[])`,
      [flag, personIds],
    );
  }
}

function toResultPlacement(row: PlacementRow): ResultPlacement {
  const employer = { sector: row.sector, regionCode: row.regionCode };
  const lent = row.contractType === 'TEMP_AGENCY' || row.contractType === 'SECONDMENT';
  return {
    personId: row.personId,
    municipalityCode: row.municipalityCode,
    contractType: row.contractType,
    weeklyHours: row.weeklyHours,
    start: row.start,
    end: row.end,
    employer,
    hiringEmployer: lent ? employer : null,
    vacancyKind: row.vacancyKind,
    vacancyOpenedOn: row.vacancyOpenedOn,
    instruments: row.instruments,
  };
}
