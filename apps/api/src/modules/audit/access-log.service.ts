import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { PersonalDataAccessEntity } from './personal-data-access.entity.js';

/**
 * A purpose names the operation that read the data ('jobSeeker', 'matchVacancy', ...): a code
 * identifier, never free text, so no personal data can slip into the log through it.
 */
const PURPOSE = /^[A-Za-z][A-Za-z0-9_.:-]{0,79}$/;

export function isValidAccessPurpose(purpose: string): boolean {
  return PURPOSE.test(purpose);
}

/** Writes the personal-data access log: who read whose file, why and when. */
@Injectable()
export class AccessLogService {
  constructor(
    @InjectRepository(PersonalDataAccessEntity)
    private readonly rows: Repository<PersonalDataAccessEntity>,
  ) {}

  /** One row per job-seeker whose personal data is handed to the viewer, in one INSERT. */
  async record(viewer: Viewer, jobSeekerIds: readonly string[], purpose: string): Promise<void> {
    if (!isValidAccessPurpose(purpose))
      throw new Error('An access purpose is a code identifier of at most 80 characters.');
    const ids = [...new Set(jobSeekerIds)];
    if (ids.length === 0) return;
    await this.rows.insert(
      ids.map((jobSeekerId) => ({ userId: viewer.userId, jobSeekerId, purpose })),
    );
  }
}
