import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normaliseBsn, type IsoDate } from '@werkbrug/domain-rules';
import { DataSource, QueryFailedError, type Repository } from 'typeorm';
import { assertRegion } from '../../common/auth/scope.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput, type FieldError } from '../../common/errors/domain-error.js';
import { DomainEvents } from '../../common/events/domain-events.js';
import type { Connection } from '../../common/graphql/pagination.js';
import { todayInNetherlands } from './calendar.js';
import { recordFlagChanges } from './flag-history.js';
import { assertCanKeepFiles, assertCanReadFiles, isFileOwner } from './job-seeker-access.js';
import { JobSeekerReferences, type CompetenceRow } from './job-seeker-references.js';
import { JobSeekerConsentChangeEntity } from './job-seeker-consent.entity.js';
import { JobSeekerCompetenceEntity, JobSeekerEntity } from './job-seeker.entity.js';
import { FIELD_MESSAGES, JobSeekerErrors } from './job-seeker.exception.js';
import { JobSeekerRepository, type JobSeekerRecord } from './job-seeker.repository.js';
import type {
  JobSeekerCountArgs,
  JobSeekersArgs,
  RecordJobSeekerConsentArgs,
} from './dto/job-seeker.args.js';
import type {
  CreateJobSeekerInput,
  JobSeekerCompetenceInput,
  UpdateJobSeekerInput,
} from './dto/job-seeker.input.js';

/** Trimmed text, or null when empty. */
const text = (value: string | null | undefined) => value?.trim() || null;

/**
 * The rules of a consent change, by argument: given on a day not in the future; GRANTED says how
 * and until when (after today and after the day it was given); WITHDRAWN has no expiry.
 */
export function consentErrors(
  change: Pick<RecordJobSeekerConsentArgs, 'status' | 'method' | 'expiresOn'> & {
    effectiveOn: IsoDate;
  },
  today: IsoDate,
): FieldError[] {
  const errors: FieldError[] = [];
  if (change.effectiveOn > today)
    errors.push({ field: 'effectiveOn', message: FIELD_MESSAGES.consentEffectiveInFuture });
  if (change.status === 'GRANTED') {
    if (!change.method) errors.push({ field: 'method', message: FIELD_MESSAGES.consentMethod });
    if (!change.expiresOn)
      errors.push({ field: 'expiresOn', message: FIELD_MESSAGES.consentExpiryRequired });
    else if (change.expiresOn <= today || change.expiresOn <= change.effectiveOn)
      errors.push({ field: 'expiresOn', message: FIELD_MESSAGES.consentExpiryTooEarly });
  } else if (change.expiresOn) {
    errors.push({ field: 'expiresOn', message: FIELD_MESSAGES.consentExpiryOnWithdrawal });
  }
  return errors;
}

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

  count(viewer: Viewer, filters: JobSeekerCountArgs): Promise<number> {
    return this.repository.count(viewer, filters);
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

  /**
   * Consent may always be withdrawn, also on an archived file; it is granted only on an active one,
   * with how it was given and until when it holds. Every change is kept in the consent history;
   * the domain event re-indexes the person at once (a withdrawal drops them from suggestions).
   */
  async recordConsent(
    viewer: Viewer,
    id: string,
    change: Omit<RecordJobSeekerConsentArgs, 'id'>,
  ): Promise<JobSeekerRecord> {
    if (change.status === 'NOT_ASKED') throw JobSeekerErrors.consentNotRecordable('status');
    const today = todayInNetherlands();
    const effectiveOn = change.effectiveOn ?? today;
    const errors = consentErrors({ ...change, effectiveOn }, today);
    if (errors.length > 0) throw badInput(errors);
    const file = await this.repository.findForChange(viewer, id);
    if (file.archivedAt && change.status === 'GRANTED')
      throw JobSeekerErrors.consentOnArchivedFile();
    const method = change.method ?? null;
    const expiresOn = change.status === 'GRANTED' ? (change.expiresOn ?? null) : null;
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(JobSeekerEntity).update(id, {
        consentStatus: change.status,
        consentUpdatedAt: new Date(),
        consentEffectiveOn: effectiveOn,
        consentMethod: method,
        consentExpiresOn: expiresOn,
        consentRecordedById: viewer.userId,
      });
      await manager.getRepository(JobSeekerConsentChangeEntity).insert({
        jobSeekerId: id,
        status: change.status,
        method,
        effectiveOn,
        expiresOn,
        recordedById: viewer.userId,
      });
    });
    this.events.jobSeekerChanged(id);
    return this.repository.findOne(viewer, id, 'recordJobSeekerConsent');
  }

  /**
   * The consent changes of a file the caller has just read through the repository (the parent
   * JobSeeker, scoped and logged), newest first. Holds no personal data beyond the consent itself.
   */
  async consentHistory(
    viewer: Viewer,
    jobSeekerId: string,
  ): Promise<JobSeekerConsentChangeEntity[]> {
    assertCanReadFiles(viewer);
    return this.dataSource.getRepository(JobSeekerConsentChangeEntity).find({
      where: { jobSeekerId },
      relations: { recordedBy: true },
      order: { recordedAt: 'DESC', id: 'DESC' },
    });
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
