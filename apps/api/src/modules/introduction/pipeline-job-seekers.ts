import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { JobSeekerRepository, type JobSeekerFacts } from '../job-seeker/job-seeker.repository.js';

export type { JobSeekerFacts };

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

  facts(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, JobSeekerFacts>> {
    return this.repository.findRuleFacts(ids, manager);
  }

  async factsOf(id: string, manager?: EntityManager): Promise<JobSeekerFacts | undefined> {
    return (await this.facts([id], manager)).get(id);
  }

  /**
   * Staff: first and last names by job-seeker id, read through JobSeekerRepository (which scopes
   * to the job-seeker's region and logs the read). Files outside the viewer's regions get no name.
   */
  async names(
    viewer: Viewer,
    jobSeekerIds: readonly string[],
    purpose: string,
  ): Promise<Map<string, PersonName>> {
    if (jobSeekerIds.length === 0) return new Map();
    const records = await this.repository.findByIds(viewer, jobSeekerIds, purpose);
    return new Map(
      records.map((record) => [
        record.id,
        { firstName: record.firstName, lastName: record.lastName },
      ]),
    );
  }

  /**
   * Employer users: names and contact details by introduction id, for introductions on their own
   * vacancies that reveal who it is, read through JobSeekerRepository (which checks that and logs the read).
   */
  async introducedContacts(
    viewer: Viewer,
    introductionIds: readonly string[],
    purpose: string,
  ): Promise<Map<string, PersonContact>> {
    if (introductionIds.length === 0) return new Map();
    const rows = await this.repository.findIntroducedToEmployer(viewer, introductionIds, purpose);
    return new Map(rows.map((row) => [row.introductionId, row]));
  }
}
