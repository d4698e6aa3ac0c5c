import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, type Repository } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { todayInNetherlands } from '../job-seeker/calendar.js';
import { JobSeekerRepository } from '../job-seeker/job-seeker.repository.js';
import { PlacementEntity } from '../placement/placement.entity.js';
import { BenefitExitEntity } from '../results/results.entity.js';
import { BenefitExitErrors } from './benefit-exit.exception.js';
import type { RecordBenefitExitInput } from './dto/benefit-exit.input.js';

const UNIQUE_PER_DAY = 'benefit_exit_job_seeker_id_exit_date_key';

/**
 * Exits from benefit on a job-seeker's file; those because of work are the region's uitstroom naar
 * werk. Access follows the file: its readers see them, its keepers (consultants of the region) record them.
 */
@Injectable()
export class BenefitExitService {
  constructor(
    private readonly jobSeekers: JobSeekerRepository,
    @InjectRepository(BenefitExitEntity) private readonly exits: Repository<BenefitExitEntity>,
    @InjectRepository(PlacementEntity) private readonly placements: Repository<PlacementEntity>,
  ) {}

  /** Newest first. Reading them reads the file, so it is checked and logged as such. */
  async list(viewer: Viewer, jobSeekerId: string): Promise<BenefitExitEntity[]> {
    await this.jobSeekers.findOne(viewer, jobSeekerId, 'benefitExits');
    return this.exits.find({
      where: { jobSeekerId },
      relations: { municipality: true },
      order: { exitDate: 'DESC' },
    });
  }

  /**
   * Records an exit for the municipality responsible for the file today (the one paying the benefit).
   * Also on an archived file: a file is often closed because the person found work, and the results
   * keep counting archived files.
   */
  async record(viewer: Viewer, input: RecordBenefitExitInput): Promise<BenefitExitEntity> {
    const file = await this.jobSeekers.findForChange(viewer, input.jobSeekerId);
    if (input.exitDate > todayInNetherlands()) throw BenefitExitErrors.inFuture('input.exitDate');
    if (input.exitDate < todayInNetherlands(file.createdAt))
      throw BenefitExitErrors.beforeFile('input.exitDate');
    const placementId = input.placementId ?? null;
    if (placementId && !(await this.placements.existsBy({ id: placementId, jobSeekerId: file.id })))
      throw BenefitExitErrors.unknownPlacement('input.placementId');
    if (await this.exits.existsBy({ jobSeekerId: file.id, exitDate: input.exitDate }))
      throw BenefitExitErrors.duplicate();
    try {
      const inserted = await this.exits.insert({
        jobSeekerId: file.id,
        municipalityCode: file.municipalityCode,
        exitDate: input.exitDate,
        kind: input.kind,
        reason: input.reason,
        placementId,
      });
      const id = (inserted.identifiers[0] as { id: string }).id;
      return await this.exits.findOneOrFail({ where: { id }, relations: { municipality: true } });
    } catch (error) {
      // A concurrent request for the same day loses the race at the unique index.
      const constraint = (error as { driverError?: { constraint?: string } }).driverError
        ?.constraint;
      if (error instanceof QueryFailedError && constraint === UNIQUE_PER_DAY)
        throw BenefitExitErrors.duplicate();
      throw error;
    }
  }
}
