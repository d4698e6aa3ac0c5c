import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ConsentStatus } from '@werkbrug/domain-rules';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { JobSeekerRepository } from '../job-seeker/job-seeker.repository.js';

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

interface FactsRow {
  id: string;
  candidate_number: number;
  region_code: string;
  archived: boolean;
  consent_status: ConsentStatus;
  doelgroepregister: boolean;
  indicatie_beschut_werk: boolean;
}

export interface PersonName {
  firstName: string;
  lastName: string;
}

/** What an employer learns once a job-seeker consented and was introduced. */
export interface PersonContact extends PersonName {
  email: string | null;
  phone: string | null;
}

/** The anonymous label employers see until an introduction is made. */
export const candidateLabel = (candidateNumber: number) => `Kandidaat ${candidateNumber}`;

/**
 * The introduction and placement modules' one door to job-seekers: the facts their rules need, and
 * names and contact details through JobSeekerRepository (scoped and logged there).
 */
@Injectable()
export class PipelineJobSeekers {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: JobSeekerRepository,
  ) {}

  async facts(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, JobSeekerFacts>> {
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

  async factsOf(id: string, manager?: EntityManager): Promise<JobSeekerFacts | undefined> {
    return (await this.facts([id], manager)).get(id);
  }

  /**
   * Staff: first and last names by job-seeker id, read through JobSeekerRepository (which scopes
   * to the job-seeker's region and logs the read). Files outside the viewer's regions get no name.
   */
  async names(viewer: Viewer, jobSeekerIds: readonly string[], purpose: string): Promise<Map<string, PersonName>> {
    if (jobSeekerIds.length === 0) return new Map();
    const records = await this.repository.findByIds(viewer, jobSeekerIds, purpose);
    return new Map(records.map((record) => [record.id, { firstName: record.firstName, lastName: record.lastName }]));
  }

  /**
   * Employer users: names and contact details by introduction id, for introductions on their own
   * vacancies that reveal who it is. JobSeekerRepository refuses employer users and has no read for
   * introduced job-seekers yet, so this hands out nothing until it has one.
   */
  async introducedContacts(_viewer: Viewer, _introductionIds: readonly string[], _purpose: string): Promise<Map<string, PersonContact>> {
    return new Map();
  }
}
