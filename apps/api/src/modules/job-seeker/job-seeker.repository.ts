import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  availabilityStaleCutoff,
  EARNING_CAPACITY_BAND_RANGES,
  type ConsentStatus,
  type Level,
  type TransportMode,
  type WorkSector,
} from '@werkbrug/domain-rules';
import { Brackets, type EntityManager, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { forbidden } from '../../common/errors/domain-error.js';
import { paginate, type Connection, type PageArgs } from '../../common/graphql/pagination.js';
import { AccessLogService } from '../audit/access-log.service.js';
import { IDENTITY_REVEALED_STATUSES } from '../introduction/introduction-status.js';
import { IntroductionEntity } from '../introduction/introduction.entity.js';
import { escapeLike } from '../region/region.service.js';
import { todayInNetherlands } from './calendar.js';
import { assertCanKeepFiles, assertCanReadFiles, canSeeMaskedBsn } from './job-seeker-access.js';
import { JobSeekerEntity } from './job-seeker.entity.js';
import { JobSeekerErrors } from './job-seeker.exception.js';
import type { JobSeekerFilters } from './dto/job-seeker.args.js';

/**
 * A job-seeker's file as read for one viewer, with municipality, consultant (id and name) and
 * competences loaded. The BSN itself is never read back from the database: consultants get its last
 * two digits (for the masked form), everyone else null.
 */
export type JobSeekerRecord = Omit<JobSeekerEntity, 'bsn'> & {
  readonly bsnLastDigits: string | null;
};

/** Where a file sits, for deciding whether a consultant may change it. Holds no personal data. */
export interface JobSeekerPlacement {
  id: string;
  municipalityCode: string;
  regionCode: string;
  consultantId: string | null;
  archivedAt: Date | null;
  /** When the file was opened; nothing about the person can be recorded before it. */
  createdAt: Date;
}

/** What an employer learns about a job-seeker once consent was given and the introduction made. */
export interface IntroducedJobSeekerContact {
  introductionId: string;
  jobSeekerId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
}

/**
 * What the pipeline rules need to know about a job-seeker. None of it reaches a client as such:
 * the candidate number is the anonymous label, the flags decide eligibility and banenafspraak jobs.
 */
export interface JobSeekerFacts {
  id: string;
  candidateNumber: number;
  /** The region of the municipality responsible for the file. */
  regionCode: string;
  archived: boolean;
  consentStatus: ConsentStatus;
  inDoelgroepregister: boolean;
  hasIndicatieBeschutWerk: boolean;
}

/** Non-displayed facts for an anonymous candidate's start perspective and possible instruments. */
export interface ProspectFactsRow {
  earningCapacityPercent: number;
  loonwaardePercent: number | null;
  doelgroepregister: boolean;
  indicatieBeschutWerk: boolean;
  clientProfile: number | null;
  perspectiveGroup: number | null;
}

/**
 * A job-seeker as the matching engine needs them: competences, flags, hours, travel, preferences,
 * consent, availability, perspective, where they live as a PC4 centroid, and the region of the
 * file's municipality. No name, BSN, contact, full postcode, birth date or work limitations.
 */
export interface MatchingProfile {
  id: string;
  /** The anonymous label's number ("Kandidaat 4711"). */
  candidateNumber: number;
  regionCode: string;
  /** Centroid of the person's PC4 area. */
  lat: number;
  lon: number;
  competences: { code: string; level: Level }[];
  hoursAvailable: number;
  maxTravelKm: number;
  maxTravelMinutes: number;
  transportModes: TransportMode[];
  sectorPreferences: WorkSector[];
  doelgroepregister: boolean;
  indicatieBeschutWerk: boolean;
  consentStatus: ConsentStatus;
  /** ISO date (yyyy-mm-dd) from which a GRANTED consent no longer holds; null when it does not expire. */
  consentExpiresOn: string | null;
  /** ISO date (yyyy-mm-dd) or null when never confirmed. */
  availabilityConfirmedAt: string | null;
  clientProfile: number | null;
  perspectiveGroup: number | null;
}

interface MatchingProfileRow {
  id: string;
  candidate_number: number;
  region_code: string;
  lat: number;
  lon: number;
  competence_codes: string[];
  competence_levels: number[];
  hours_available: number;
  max_travel_km: number;
  max_travel_minutes: number;
  transport_modes: TransportMode[];
  sector_preferences: WorkSector[];
  doelgroepregister: boolean;
  indicatie_beschut_werk: boolean;
  consent_status: ConsentStatus;
  consent_expires_on: string | null;
  availability_confirmed_at: string | null;
  client_profile: number | null;
  perspective_group: number | null;
}

interface FactsRow {
  id: string;
  candidate_number: number;
  region_code: string;
  archived: boolean;
  consent_status: ConsentStatus;
  doelgroepregister: boolean;
  indicatie_beschut_werk: boolean;
}

/**
 * THE path through which any job-seeker's personal data is read, by every module. Each read:
 * 1. refuses roles that get no files (see job-seeker-access.ts: only ACCOUNT_MANAGER and CONSULTANT;
 *    employer users only name and contact of those introduced to them, findIntroducedToEmployer);
 * 2. scopes in SQL to the viewer's regions (the region of the file's municipality);
 * 3. writes one personal_data_access row per file returned, with the caller's purpose, before the
 *    data is handed back (no log row, no data).
 */
@Injectable()
export class JobSeekerRepository {
  constructor(
    @InjectRepository(JobSeekerEntity) private readonly seekers: Repository<JobSeekerEntity>,
    private readonly accessLog: AccessLogService,
  ) {}

  /** One file, archived or not. NOT_FOUND for an unknown id, FORBIDDEN outside the viewer's regions. */
  async findOne(viewer: Viewer, id: string, purpose: string): Promise<JobSeekerRecord> {
    assertCanReadFiles(viewer);
    const [record] = await this.readInScope(viewer, [id]);
    if (!record)
      throw (await this.seekers.existsBy({ id })) ? forbidden() : JobSeekerErrors.notFound();
    await this.accessLog.record(viewer, [record.id], purpose);
    return record;
  }

  /**
   * The files among `ids` the viewer may read (archived ones included), in the order asked; unknown
   * ids and files outside the viewer's regions are left out.
   */
  async findByIds(
    viewer: Viewer,
    ids: readonly string[],
    purpose: string,
  ): Promise<JobSeekerRecord[]> {
    assertCanReadFiles(viewer);
    const records = await this.readInScope(viewer, ids);
    await this.accessLog.record(
      viewer,
      records.map((record) => record.id),
      purpose,
    );
    return records;
  }

  /** A page of the viewer's files, filtered; archived files only with `includeArchived`. */
  async findPage(
    viewer: Viewer,
    filters: JobSeekerFilters,
    page: PageArgs,
    purpose: string,
  ): Promise<Connection<JobSeekerRecord>> {
    assertCanReadFiles(viewer);
    if (filters.minLevel != null && !filters.competenceCode)
      throw JobSeekerErrors.minLevelWithoutCompetence('minLevel');
    const query = this.inScope(this.seekers.createQueryBuilder('seeker'), viewer).select([
      'seeker.id',
      'seeker.lastName',
      'seeker.candidateNumber',
    ]);
    applyFilters(query, filters);
    const keys = await paginate(
      query,
      page,
      filters.sort === 'CANDIDATE_NUMBER'
        ? { column: 'candidateNumber', key: (seeker) => seeker.candidateNumber }
        : { column: 'lastName', key: (seeker) => seeker.lastName },
    );
    const records = await this.readInScope(
      viewer,
      keys.nodes.map((seeker) => seeker.id),
    );
    await this.accessLog.record(
      viewer,
      records.map((record) => record.id),
      purpose,
    );
    return { ...keys, nodes: records };
  }

  /**
   * How many of the viewer's files pass the filters. Reads no personal data (only the count leaves
   * the database), so writes no log row.
   */
  async count(viewer: Viewer, filters: Omit<JobSeekerFilters, 'sort'>): Promise<number> {
    assertCanReadFiles(viewer);
    if (filters.minLevel != null && !filters.competenceCode)
      throw JobSeekerErrors.minLevelWithoutCompetence('minLevel');
    const query = this.inScope(this.seekers.createQueryBuilder('seeker'), viewer);
    applyFilters(query, filters);
    return query.getCount();
  }

  /**
   * Where a file sits, for a consultant about to change it: NOT_FOUND, or FORBIDDEN for other roles
   * and other regions. Reads no personal data, so writes no log row.
   */
  async findForChange(viewer: Viewer, id: string): Promise<JobSeekerPlacement> {
    assertCanKeepFiles(viewer);
    const seeker = await this.seekers
      .createQueryBuilder('seeker')
      .innerJoin('seeker.municipality', 'municipality')
      .select([
        'seeker.id',
        'seeker.municipalityCode',
        'seeker.consultantId',
        'seeker.archivedAt',
        'seeker.createdAt',
      ])
      .addSelect(['municipality.code', 'municipality.regionCode'])
      .where('seeker.id = :id', { id })
      .getOne();
    if (!seeker) throw JobSeekerErrors.notFound();
    if (!viewer.regionCodes.includes(seeker.municipality.regionCode)) throw forbidden();
    return {
      id: seeker.id,
      municipalityCode: seeker.municipalityCode,
      regionCode: seeker.municipality.regionCode,
      consultantId: seeker.consultantId,
      archivedAt: seeker.archivedAt,
      createdAt: seeker.createdAt,
    };
  }

  /**
   * Employer users only: name and contact details of the job-seekers introduced to the viewer's own
   * employer, by introduction id. Only introductions on the employer's vacancies whose status shows
   * that consent was given and the introduction made (INTRODUCED, INTERVIEW, TRIAL_PLACEMENT, PLACED),
   * of files whose consent was not withdrawn since; other ids are left out. Nothing else of the file
   * leaves here. Logged per file like every other read.
   */
  async findIntroducedToEmployer(
    viewer: Viewer,
    introductionIds: readonly string[],
    purpose: string,
  ): Promise<IntroducedJobSeekerContact[]> {
    if (viewer.role !== 'EMPLOYER_USER' || !viewer.employerId) throw forbidden();
    const wanted = [...new Set(introductionIds)];
    if (wanted.length === 0) return [];
    const rows = await this.seekers
      .createQueryBuilder('seeker')
      .innerJoin(IntroductionEntity, 'introduction', 'introduction.jobSeekerId = seeker.id')
      .innerJoin('introduction.vacancy', 'vacancy')
      .select('introduction.id', 'introductionId')
      .addSelect('seeker.id', 'jobSeekerId')
      .addSelect('seeker.firstName', 'firstName')
      .addSelect('seeker.lastName', 'lastName')
      .addSelect('seeker.email', 'email')
      .addSelect('seeker.phone', 'phone')
      .where('introduction.id IN (:...wanted)', { wanted })
      .andWhere('vacancy.employerId = :employerId', { employerId: viewer.employerId })
      .andWhere('introduction.status IN (:...revealed)', { revealed: IDENTITY_REVEALED_STATUSES })
      .andWhere("seeker.consentStatus <> 'WITHDRAWN'")
      .getRawMany<IntroducedJobSeekerContact>();
    await this.accessLog.record(
      viewer,
      rows.map((row) => row.jobSeekerId),
      purpose,
    );
    return rows;
  }

  /** Whether another file holds this BSN (for the uniqueness check; the BSN is not read back). */
  /**
   * The facts pipeline rules need (eligibility, consent, region, the anonymous number), not personal
   * data for display: nothing here is returned to a client as such, so it is not logged.
   */
  async findRuleFacts(
    ids: readonly string[],
    manager: EntityManager = this.seekers.manager,
  ): Promise<Map<string, JobSeekerFacts>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows: FactsRow[] = await manager.query(
      `SELECT job_seeker.id, job_seeker.candidate_number, municipality.region_code,
              job_seeker.archived_at IS NOT NULL AS archived, job_seeker.consent_status,
              job_seeker.doelgroepregister, job_seeker.indicatie_beschut_werk
         FROM job_seeker JOIN municipality ON municipality.code = job_seeker.municipality_code
        WHERE job_seeker.id = ANY($1::uuid[])`,
      [unique],
    );
    return new Map(
      rows.map((row) => [
        row.id,
        {
          id: row.id,
          candidateNumber: row.candidate_number,
          regionCode: row.region_code,
          archived: row.archived,
          consentStatus: row.consent_status,
          inDoelgroepregister: row.doelgroepregister,
          hasIndicatieBeschutWerk: row.indicatie_beschut_werk,
        },
      ]),
    );
  }

  /**
   * The facts behind an anonymous candidate's start perspective and possible instruments (see
   * matching/candidate-prospects.ts). Like findRuleFacts these are not returned to a client as such:
   * only the derived label and instrument codes are, so the read is not logged.
   */
  async findProspectFacts(ids: readonly string[]): Promise<Map<string, ProspectFactsRow>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows: (ProspectFactsRow & { id: string })[] = await this.seekers.manager.query(
      `SELECT id, earning_capacity_percent AS "earningCapacityPercent", loonwaarde_percent AS "loonwaardePercent",
              doelgroepregister, indicatie_beschut_werk AS "indicatieBeschutWerk",
              client_profile AS "clientProfile", perspective_group AS "perspectiveGroup"
         FROM job_seeker WHERE id = ANY($1::uuid[])`,
      [unique],
    );
    return new Map(rows.map(({ id, ...facts }) => [id, facts]));
  }

  /**
   * System processing, not a viewer's read: the matching features of every active file (not
   * archived) whose municipality lies in an active region, or of those among `ids`. Holds no name,
   * BSN, contact, full postcode, birth date or health data and never reaches a client as such (the
   * matching module shows names only through findByIds), so it is not logged. One query for the
   * whole set; ids that are archived, unknown or outside the active regions are simply absent.
   */
  async readMatchingProfiles(ids?: readonly string[]): Promise<MatchingProfile[]> {
    const wanted = ids === undefined ? null : [...new Set(ids)];
    if (wanted !== null && wanted.length === 0) return [];
    const rows: MatchingProfileRow[] = await this.seekers.manager.query(
      `SELECT job_seeker.id, job_seeker.candidate_number, municipality.region_code,
              postcode_area.lat, postcode_area.lon,
              COALESCE(competence.codes, '{}') AS competence_codes,
              COALESCE(competence.levels, '{}') AS competence_levels,
              job_seeker.hours_available::float8 AS hours_available,
              job_seeker.max_travel_km, job_seeker.max_travel_minutes,
              job_seeker.transport_modes::text[] AS transport_modes,
              job_seeker.sector_preferences::text[] AS sector_preferences,
              job_seeker.doelgroepregister, job_seeker.indicatie_beschut_werk, job_seeker.consent_status,
              to_char(job_seeker.consent_expires_on, 'YYYY-MM-DD') AS consent_expires_on,
              to_char(job_seeker.availability_confirmed_at, 'YYYY-MM-DD') AS availability_confirmed_at,
              job_seeker.client_profile, job_seeker.perspective_group
         FROM job_seeker
         JOIN municipality ON municipality.code = job_seeker.municipality_code
         JOIN labour_market_region region ON region.code = municipality.region_code AND region.active
         JOIN postcode_area ON postcode_area.pc4 = job_seeker.pc4
         LEFT JOIN LATERAL (
              SELECT array_agg(own.competence_code ORDER BY own.competence_code) AS codes,
                     array_agg(own.level ORDER BY own.competence_code) AS levels
                FROM job_seeker_competence own
               WHERE own.job_seeker_id = job_seeker.id) competence ON true
        WHERE job_seeker.archived_at IS NULL${wanted === null ? '' : ' AND job_seeker.id = ANY($1::uuid[])'}`,
      wanted === null ? [] : [wanted],
    );
    return rows.map((row) => ({
      id: row.id,
      candidateNumber: row.candidate_number,
      regionCode: row.region_code,
      lat: row.lat,
      lon: row.lon,
      competences: row.competence_codes.map((code, i) => ({
        code,
        level: row.competence_levels[i] as Level,
      })),
      hoursAvailable: row.hours_available,
      maxTravelKm: row.max_travel_km,
      maxTravelMinutes: row.max_travel_minutes,
      transportModes: row.transport_modes,
      sectorPreferences: row.sector_preferences,
      doelgroepregister: row.doelgroepregister,
      indicatieBeschutWerk: row.indicatie_beschut_werk,
      consentStatus: row.consent_status,
      consentExpiresOn: row.consent_expires_on,
      availabilityConfirmedAt: row.availability_confirmed_at,
      clientProfile: row.client_profile,
      perspectiveGroup: row.perspective_group,
    }));
  }

  async bsnInUse(bsn: string, exceptId?: string): Promise<boolean> {
    const query = this.seekers.createQueryBuilder('seeker').where('seeker.bsn = :bsn', { bsn });
    if (exceptId) query.andWhere('seeker.id <> :exceptId', { exceptId });
    return (await query.getCount()) > 0;
  }

  private inScope(
    query: SelectQueryBuilder<JobSeekerEntity>,
    viewer: Viewer,
  ): SelectQueryBuilder<JobSeekerEntity> {
    const regions = viewer.regionCodes.length > 0 ? viewer.regionCodes : [''];
    return query
      .innerJoin('seeker.municipality', 'municipality')
      .andWhere('municipality.regionCode IN (:...scopeRegions)', { scopeRegions: regions });
  }

  private async readInScope(viewer: Viewer, ids: readonly string[]): Promise<JobSeekerRecord[]> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return [];
    const rows = await this.inScope(this.seekers.createQueryBuilder('seeker'), viewer)
      .addSelect('municipality')
      .leftJoin('seeker.consultant', 'consultant')
      .addSelect(['consultant.id', 'consultant.displayName'])
      .leftJoin('seeker.consentRecordedBy', 'consentRecordedBy')
      .addSelect(['consentRecordedBy.id', 'consentRecordedBy.displayName'])
      .leftJoinAndSelect('seeker.competences', 'seekerCompetence')
      .leftJoinAndSelect('seekerCompetence.competence', 'competence')
      .andWhere('seeker.id IN (:...wanted)', { wanted })
      .getMany();
    const lastDigits = canSeeMaskedBsn(viewer)
      ? await this.bsnLastDigits(rows.map((row) => row.id))
      : new Map<string, string>();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return wanted.flatMap((id) => {
      const row = byId.get(id);
      return row ? [Object.assign(row, { bsnLastDigits: lastDigits.get(id) ?? null })] : [];
    });
  }

  /** Only the last two digits leave the database. */
  private async bsnLastDigits(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.seekers
      .createQueryBuilder('seeker')
      .select('seeker.id', 'id')
      .addSelect('RIGHT(seeker.bsn, 2)', 'lastDigits')
      .where('seeker.id IN (:...ids)', { ids })
      .andWhere('seeker.bsn IS NOT NULL')
      .getRawMany<{ id: string; lastDigits: string }>();
    return new Map(rows.map((row) => [row.id, row.lastDigits]));
  }
}

function applyFilters(
  query: SelectQueryBuilder<JobSeekerEntity>,
  filters: Omit<JobSeekerFilters, 'sort'>,
): void {
  if (!filters.includeArchived) query.andWhere('seeker.archivedAt IS NULL');
  if (filters.regionCode)
    query.andWhere('municipality.regionCode = :regionCode', { regionCode: filters.regionCode });
  if (filters.municipalityCode) {
    query.andWhere('seeker.municipalityCode = :municipalityCode', {
      municipalityCode: filters.municipalityCode,
    });
  }
  if (filters.consultantId)
    query.andWhere('seeker.consultantId = :consultantId', { consultantId: filters.consultantId });
  if (filters.doelgroepregister != null) {
    query.andWhere('seeker.doelgroepregister = :doelgroepregister', {
      doelgroepregister: filters.doelgroepregister,
    });
  }
  if (filters.indicatieBeschutWerk != null) {
    query.andWhere('seeker.indicatieBeschutWerk = :beschut', {
      beschut: filters.indicatieBeschutWerk,
    });
  }
  if (filters.consentStatus)
    query.andWhere('seeker.consentStatus = :consentStatus', {
      consentStatus: filters.consentStatus,
    });
  if (filters.availabilityStale != null) {
    const stale =
      'seeker.availabilityConfirmedAt IS NULL OR seeker.availabilityConfirmedAt <= :staleCutoff';
    query.andWhere(filters.availabilityStale ? `(${stale})` : `NOT (${stale})`, {
      staleCutoff: availabilityStaleCutoff(todayInNetherlands()),
    });
  }
  if (filters.earningCapacityBand) {
    const { from, to } = EARNING_CAPACITY_BAND_RANGES[filters.earningCapacityBand];
    // Each band holds its lower bound, not its upper one; 100 % belongs to the top band.
    query.andWhere(
      `seeker.earningCapacityPercent >= :bandFrom AND seeker.earningCapacityPercent ${to === 100 ? '<=' : '<'} :bandTo`,
      {
        bandFrom: from,
        bandTo: to,
      },
    );
  }
  if (filters.competenceCode) {
    query.andWhere(
      `EXISTS (SELECT 1 FROM job_seeker_competence filter_competence
                WHERE filter_competence.job_seeker_id = seeker.id
                  AND filter_competence.competence_code = :competenceCode
                  AND filter_competence.level >= :minLevel)`,
      { competenceCode: filters.competenceCode, minLevel: filters.minLevel ?? 1 },
    );
  }
  const search = filters.search?.trim();
  if (search) {
    query.andWhere(
      new Brackets((where) => {
        where.where(`(seeker.firstName || ' ' || seeker.lastName) ILIKE :name`, {
          name: `%${escapeLike(search)}%`,
        });
        if (/^\d{1,9}$/.test(search))
          where.orWhere('seeker.candidateNumber = :candidateNumber', {
            candidateNumber: Number(search),
          });
      }),
    );
  }
}
