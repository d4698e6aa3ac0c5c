import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../common/auth/viewer.js';
import { canReadFiles } from '../job-seeker/job-seeker-access.js';
import { JobSeekerRepository } from '../job-seeker/job-seeker.repository.js';
import { MatchingIndexService } from './matching-index.service.js';

/** Matching reads personal data for this purpose (the access log's "why"). */
export const MATCHING_PURPOSE = 'matching';

/** A job-seeker in a result: the name only when the viewer may read the file. */
export interface CandidateView {
  id: string;
  candidateNumber: number;
  regionCode: string;
  name: { firstName: string; lastName: string } | null;
}

/**
 * Job-seekers as matching results show them: candidate number and region for everyone (from the
 * index, or the non-personal rule facts for files no longer indexed), and the name only for staff
 * who may read the file, read through JobSeekerRepository (scoped to their regions and logged).
 */
@Injectable()
export class MatchCandidates {
  constructor(
    private readonly indexService: MatchingIndexService,
    private readonly jobSeekers: JobSeekerRepository,
  ) {}

  async candidates(viewer: Viewer, ids: readonly string[]): Promise<Map<string, CandidateView>> {
    const names = await this.names(viewer, ids);
    const facts = await this.jobSeekers.findRuleFacts(
      ids.filter((id) => !this.indexService.seeker(id)),
    );
    return new Map(
      ids.map((id) => {
        const known = this.indexService.seeker(id) ?? facts.get(id);
        const view: CandidateView = {
          id,
          candidateNumber: known?.candidateNumber ?? 0,
          regionCode: known?.regionCode ?? '',
          name: names.get(id) ?? null,
        };
        return [id, view];
      }),
    );
  }

  private async names(
    viewer: Viewer,
    ids: readonly string[],
  ): Promise<Map<string, { firstName: string; lastName: string }>> {
    if (ids.length === 0 || !canReadFiles(viewer)) return new Map();
    const records = await this.jobSeekers.findByIds(viewer, ids, MATCHING_PURPOSE);
    return new Map(
      records.map((record) => [
        record.id,
        { firstName: record.firstName, lastName: record.lastName },
      ]),
    );
  }
}
