import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normaliseBsn, type ConsentStatus } from '@werkbrug/domain-rules';
import { DataSource, QueryFailedError, type Repository } from 'typeorm';
import { assertRegion } from '../../common/auth/scope.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput, type FieldError } from '../../common/errors/domain-error.js';
import { DomainEvents } from '../../common/events/domain-events.js';
import type { Connection } from '../../common/graphql/pagination.js';
import { todayInNetherlands } from './calendar.js';
import { recordFlagChanges } from './flag-history.js';
import { assertCanKeepFiles, isFileOwner } from './job-seeker-access.js';
import { JobSeekerReferences, type CompetenceRow } from './job-seeker-references.js';
import { JobSeekerCompetenceEntity, JobSeekerEntity } from './job-seeker.entity.js';
import { FIELD_MESSAGES, JobSeekerErrors } from './job-seeker.exception.js';
import { JobSeekerRepository, type JobSeekerRecord } from './job-seeker.repository.js';
import type { JobSeekersArgs } from './dto/job-seeker.args.js';
import type {
  CreateJobSeekerInput,
  JobSeekerCompetenceInput,
  UpdateJobSeekerInput,
} from './dto/job-seeker.input.js';

/** Trimmed text, or null when empty. */
const text = (value: string | null | undefined) => value?.trim() || null;

/**
 * The job-seeker file's use cases. Reads go through JobSeekerRepository (scoped and logged, with the
 * operation as purpose); changes are for consultants within their regions, checked before anything
 * is written.
 */
@Injectable()
export class JobSeekerService {
  constructor(
    private readonly repository: JobSeekerRepository,
    private readonly references: JobSeekerReferences,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
  ) {}

  list(
    viewer: Viewer,
    { first, after, ...filters }: JobSeekersArgs,
  ): Promise<Connection<JobSeekerRecord>> {
    return this.repository.findPage(viewer, filters, { first, after }, 'jobSeekers');
  }

  get(viewer: Viewer, id: string): Promise<JobSeekerRecord> {
    return this.repository.findOne(viewer, id, 'jobSeeker');
  }

  async create(viewer: Viewer, input: CreateJobSeekerInput): Promise<JobSeekerRecord> {
    assertCanKeepFiles(viewer);
    const errors: FieldError[] = [];
    const municipality = await this.references.municipality(
      input.municipalityCode,
      'input.municipalityCode',
      errors,
    );
    const address = await this.references.postcode(input.postcode, 'input.postcode', errors);
    const competences = await this.references.competences(
      input.competences ?? [],
      'input.competences',
      errors,
    );
    if (errors.length > 0 || !municipality || !address) throw badInput(errors);
    assertRegion(viewer, municipality.regionCode);
    const consultantId = input.consultantId ?? viewer.userId;
    await this.references.consultant(
      consultantId,
      municipality.regionCode,
      'input.consultantId',
      errors,
    );
    if (errors.length > 0) throw badInput(errors);
    const workLimitations = text(input.workLimitations);
    if (workLimitations && consultantId !== viewer.userId)
      throw JobSeekerErrors.workLimitationsOwnerOnly();
    const bsn = input.bsn ? normaliseBsn(input.bsn) : null;
    if (bsn && (await this.repository.bsnInUse(bsn))) throw JobSeekerErrors.bsnTaken();

    const id = await this.withBsnConflict(() =>
      this.dataSource.transaction(async (manager) => {
        const inserted = await manager.getRepository(JobSeekerEntity).insert({
          firstName: input.firstName.trim(),
          lastName: input.lastName.trim(),
          bsn,
          birthDate: input.birthDate ?? null,
          email: text(input.email)?.toLowerCase() ?? null,
          phone: text(input.phone),
          ...address,
          municipalityCode: municipality.code,
          consultantId,
          earningCapacityPercent: input.earningCapacityPercent,
          loonwaardePercent: input.loonwaardePercent ?? null,
          clientProfile: input.clientProfile ?? null,
          perspectiveGroup: input.perspectiveGroup ?? null,
          participationStep: input.participationStep,
          doelgroepregister: input.doelgroepregister ?? false,
          indicatieBeschutWerk: input.indicatieBeschutWerk ?? false,
          wswOud: input.wswOud ?? false,
          statushouder: input.statushouder ?? false,
          hoursAvailable: input.hoursAvailable,
          maxTravelMinutes: input.maxTravelMinutes,
          maxTravelKm: input.maxTravelKm,
          transportModes: input.transportModes ?? [],
          hasDrivingLicence: input.hasDrivingLicence ?? false,
          sectorPreferences: input.sectorPreferences ?? [],
          workLimitations,
        });
        const jobSeekerId = (inserted.identifiers[0] as { id: string }).id;
        await recordFlagChanges(manager, {
          jobSeekerId,
          before: null,
          after: input,
          today: todayInNetherlands(),
        });
        await this.insertCompetences(
          manager.getRepository(JobSeekerCompetenceEntity),
          jobSeekerId,
          competences,
        );
        return jobSeekerId;
      }),
    );
    this.events.jobSeekerChanged(id);
    return this.repository.findOne(viewer, id, 'createJobSeeker');
  }

  async update(viewer: Viewer, id: string, input: UpdateJobSeekerInput): Promise<JobSeekerRecord> {
    const file = await this.repository.findForChange(viewer, id);
    if (file.archivedAt) throw JobSeekerErrors.archived();
    const errors: FieldError[] = [];
    const municipality =
      input.municipalityCode === undefined
        ? null
        : await this.references.municipality(
            input.municipalityCode,
            'input.municipalityCode',
            errors,
          );
    const address =
      input.postcode === undefined
        ? null
        : await this.references.postcode(input.postcode, 'input.postcode', errors);
    if (input.consultantId === null)
      errors.push({ field: 'input.consultantId', message: FIELD_MESSAGES.consultant });
    if (errors.length > 0) throw badInput(errors);
    if (municipality) assertRegion(viewer, municipality.regionCode);
    const regionCode = municipality?.regionCode ?? file.regionCode;
    const consultantId = input.consultantId ?? file.consultantId;
    if (consultantId && (input.consultantId !== undefined || regionCode !== file.regionCode)) {
      await this.references.consultant(consultantId, regionCode, 'input.consultantId', errors);
      if (errors.length > 0) throw badInput(errors);
    }
    if (input.workLimitations !== undefined && !isFileOwner(viewer, file))
      throw JobSeekerErrors.workLimitationsOwnerOnly();
    const bsn = input.bsn ? normaliseBsn(input.bsn) : input.bsn;
    if (bsn && (await this.repository.bsnInUse(bsn, id))) throw JobSeekerErrors.bsnTaken();

    await this.withBsnConflict(() =>
      this.dataSource.transaction(async (manager) => {
        const before = await manager.getRepository(JobSeekerEntity).findOne({
          where: { id },
          select: { id: true, doelgroepregister: true, indicatieBeschutWerk: true },
          lock: { mode: 'pessimistic_write' },
        });
        await recordFlagChanges(manager, {
          jobSeekerId: id,
          before,
          after: input,
          today: todayInNetherlands(),
        });
        await manager.getRepository(JobSeekerEntity).update(id, {
          ...(input.firstName !== undefined && { firstName: input.firstName.trim() }),
          ...(input.lastName !== undefined && { lastName: input.lastName.trim() }),
          ...(bsn !== undefined && { bsn }),
          ...(input.birthDate !== undefined && { birthDate: input.birthDate }),
          ...(input.email !== undefined && { email: text(input.email)?.toLowerCase() ?? null }),
          ...(input.phone !== undefined && { phone: text(input.phone) }),
          ...address,
          ...(municipality && { municipalityCode: municipality.code }),
          ...(input.consultantId && { consultantId: input.consultantId }),
          ...(input.earningCapacityPercent !== undefined && {
            earningCapacityPercent: input.earningCapacityPercent,
          }),
          ...(input.loonwaardePercent !== undefined && {
            loonwaardePercent: input.loonwaardePercent,
          }),
          ...(input.clientProfile !== undefined && { clientProfile: input.clientProfile }),
          ...(input.perspectiveGroup !== undefined && { perspectiveGroup: input.perspectiveGroup }),
          ...(input.participationStep !== undefined && {
            participationStep: input.participationStep,
          }),
          ...(input.doelgroepregister !== undefined && {
            doelgroepregister: input.doelgroepregister,
          }),
          ...(input.indicatieBeschutWerk !== undefined && {
            indicatieBeschutWerk: input.indicatieBeschutWerk,
          }),
          ...(input.wswOud !== undefined && { wswOud: input.wswOud }),
          ...(input.statushouder !== undefined && { statushouder: input.statushouder }),
          ...(input.hoursAvailable !== undefined && { hoursAvailable: input.hoursAvailable }),
          ...(input.maxTravelMinutes !== undefined && { maxTravelMinutes: input.maxTravelMinutes }),
          ...(input.maxTravelKm !== undefined && { maxTravelKm: input.maxTravelKm }),
          ...(input.transportModes !== undefined && { transportModes: input.transportModes }),
          ...(input.hasDrivingLicence !== undefined && {
            hasDrivingLicence: input.hasDrivingLicence,
          }),
          ...(input.sectorPreferences !== undefined && {
            sectorPreferences: input.sectorPreferences,
          }),
          ...(input.workLimitations !== undefined && {
            workLimitations: text(input.workLimitations),
          }),
          updatedAt: new Date(),
        });
      }),
    );
    this.events.jobSeekerChanged(id);
    return this.repository.findOne(viewer, id, 'updateJobSeeker');
  }

  /** Replaces the whole competence set in one transaction. */
  async setCompetences(
    viewer: Viewer,
    id: string,
    inputs: JobSeekerCompetenceInput[],
  ): Promise<JobSeekerRecord> {
    const file = await this.repository.findForChange(viewer, id);
    if (file.archivedAt) throw JobSeekerErrors.archived();
    const errors: FieldError[] = [];
    const competences = await this.references.competences(inputs, 'competences', errors);
    if (errors.length > 0) throw badInput(errors);
    await this.dataSource.transaction(async (manager) => {
      const rows = manager.getRepository(JobSeekerCompetenceEntity);
      await rows.delete({ jobSeekerId: id });
      await this.insertCompetences(rows, id, competences);
      await manager.getRepository(JobSeekerEntity).update(id, { updatedAt: new Date() });
    });
    this.events.jobSeekerChanged(id);
    return this.repository.findOne(viewer, id, 'setJobSeekerCompetences');
  }

  /** Consent may always be withdrawn, also on an archived file; it is granted only on an active one. */
  async recordConsent(viewer: Viewer, id: string, status: ConsentStatus): Promise<JobSeekerRecord> {
    if (status === 'NOT_ASKED') throw JobSeekerErrors.consentNotRecordable('status');
    const file = await this.repository.findForChange(viewer, id);
    if (file.archivedAt && status === 'GRANTED') throw JobSeekerErrors.consentOnArchivedFile();
    await this.dataSource
      .getRepository(JobSeekerEntity)
      .update(id, { consentStatus: status, consentUpdatedAt: new Date() });
    this.events.jobSeekerChanged(id);
    return this.repository.findOne(viewer, id, 'recordJobSeekerConsent');
  }

  async confirmAvailability(viewer: Viewer, id: string): Promise<JobSeekerRecord> {
    const file = await this.repository.findForChange(viewer, id);
    if (file.archivedAt) throw JobSeekerErrors.archived();
    await this.dataSource
      .getRepository(JobSeekerEntity)
      .update(id, { availabilityConfirmedAt: todayInNetherlands() });
    this.events.jobSeekerChanged(id);
    return this.repository.findOne(viewer, id, 'confirmJobSeekerAvailability');
  }

  /** Soft archive: hidden from lists, kept for introductions, placements and results. */
  async archive(viewer: Viewer, id: string): Promise<JobSeekerRecord> {
    const file = await this.repository.findForChange(viewer, id);
    if (!file.archivedAt)
      await this.dataSource.getRepository(JobSeekerEntity).update(id, { archivedAt: new Date() });
    this.events.jobSeekerChanged(id);
    return this.repository.findOne(viewer, id, 'archiveJobSeeker');
  }

  private async insertCompetences(
    rows: Repository<JobSeekerCompetenceEntity>,
    jobSeekerId: string,
    competences: CompetenceRow[],
  ): Promise<void> {
    if (competences.length > 0)
      await rows.insert(competences.map((row) => ({ ...row, jobSeekerId })));
  }

  /** A concurrent insert of the same BSN loses the race at the unique index: answer as for the check. */
  private async withBsnConflict<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const constraint = (error as QueryFailedError & { driverError?: { constraint?: string } })
        .driverError?.constraint;
      if (error instanceof QueryFailedError && constraint === 'job_seeker_bsn_key')
        throw JobSeekerErrors.bsnTaken();
      throw error;
    }
  }
}
