import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isValidAgreementPeriod, type IsoDate } from '@werkbrug/domain-rules';
import { IsNull, Repository } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { forbidden } from '../../common/errors/domain-error.js';
import { assertNotCleared } from '../../common/validation/validators.js';
import { todayInNetherlands } from '../job-seeker/calendar.js';
import { canReadEmployer } from './employer-access.js';
import { EmployerAgreementEntity, EmployerContactMomentEntity } from './employer-crm.entity.js';
import { EmployerEntity } from './employer.entity.js';
import { EmployerErrors } from './employer.exception.js';
import type {
  EmployerAgreementInput,
  EmployerContactMomentInput,
  UpdateEmployerAgreementInput,
  UpdateEmployerContactMomentInput,
} from './dto/employer-crm.input.js';

/**
 * The CRM notes are the WSP's internal notes on its relation with the employer: only account
 * managers and admins who reach the employer's region read or write them. Employer users and
 * consultants are refused, also through the Employer type's fields.
 */
export function assertCanKeepCrm(
  viewer: Viewer,
  employer: Pick<EmployerEntity, 'id' | 'regionCode'>,
): void {
  if (
    (viewer.role !== 'ACCOUNT_MANAGER' && viewer.role !== 'ADMIN') ||
    !canReadEmployer(viewer, employer)
  )
    throw forbidden();
}

/** The rule every contact moment keeps: it happened, so it is not dated after today (NL). */
export function isContactDateAllowed(contactedOn: IsoDate, today: IsoDate): boolean {
  return contactedOn <= today;
}

const text = (value: string | null | undefined) => value?.trim() ?? '';

/** Contact moments and agreements of an employer: the account managers' CRM. */
@Injectable()
export class EmployerCrmService {
  constructor(
    @InjectRepository(EmployerEntity) private readonly employers: Repository<EmployerEntity>,
    @InjectRepository(EmployerContactMomentEntity)
    private readonly moments: Repository<EmployerContactMomentEntity>,
    @InjectRepository(EmployerAgreementEntity)
    private readonly agreements: Repository<EmployerAgreementEntity>,
  ) {}

  /** Newest first (by date, then by when they were recorded). */
  async contactMoments(
    viewer: Viewer,
    employer: Pick<EmployerEntity, 'id' | 'regionCode'>,
  ): Promise<EmployerContactMomentEntity[]> {
    assertCanKeepCrm(viewer, employer);
    return this.moments.find({
      where: { employerId: employer.id, archivedAt: IsNull() },
      relations: { recordedBy: true },
      order: { contactedOn: 'DESC', createdAt: 'DESC', id: 'ASC' },
    });
  }

  /** Latest start first. */
  async agreementsOf(
    viewer: Viewer,
    employer: Pick<EmployerEntity, 'id' | 'regionCode'>,
  ): Promise<EmployerAgreementEntity[]> {
    assertCanKeepCrm(viewer, employer);
    return this.agreements.find({
      where: { employerId: employer.id, archivedAt: IsNull() },
      relations: { recordedBy: true },
      order: { validFrom: 'DESC', createdAt: 'DESC', id: 'ASC' },
    });
  }

  async addContactMoment(
    viewer: Viewer,
    employerId: string,
    input: EmployerContactMomentInput,
  ): Promise<EmployerContactMomentEntity> {
    await this.activeEmployer(viewer, employerId);
    if (!isContactDateAllowed(input.contactedOn, todayInNetherlands()))
      throw EmployerErrors.contactMomentInFuture('input.contactedOn');
    const { identifiers } = await this.moments.insert({
      employerId,
      contactedOn: input.contactedOn,
      channel: input.channel,
      subject: input.subject.trim(),
      note: text(input.note),
      recordedById: viewer.userId,
    });
    return this.moment(viewer, (identifiers[0] as { id: string }).id);
  }

  async updateContactMoment(
    viewer: Viewer,
    id: string,
    input: UpdateEmployerContactMomentInput,
  ): Promise<EmployerContactMomentEntity> {
    assertNotCleared(input, ['contactedOn', 'channel', 'subject']);
    const moment = await this.moment(viewer, id);
    await this.activeEmployer(viewer, moment.employerId);
    if (input.contactedOn && !isContactDateAllowed(input.contactedOn, todayInNetherlands()))
      throw EmployerErrors.contactMomentInFuture('input.contactedOn');
    await this.moments.update(id, {
      ...(input.contactedOn && { contactedOn: input.contactedOn }),
      ...(input.channel && { channel: input.channel }),
      ...(input.subject !== undefined && { subject: text(input.subject) }),
      ...(input.note !== undefined && { note: text(input.note) }),
    });
    return this.moment(viewer, id);
  }

  async archiveContactMoment(viewer: Viewer, id: string): Promise<EmployerContactMomentEntity> {
    const moment = await this.moment(viewer, id);
    await this.moments.update(id, { archivedAt: new Date() });
    return moment;
  }

  async addAgreement(
    viewer: Viewer,
    employerId: string,
    input: EmployerAgreementInput,
  ): Promise<EmployerAgreementEntity> {
    await this.activeEmployer(viewer, employerId);
    if (!isValidAgreementPeriod(input.validFrom, input.validTo ?? null))
      throw EmployerErrors.agreementPeriod('input.validTo');
    const { identifiers } = await this.agreements.insert({
      employerId,
      kind: input.kind,
      description: input.description.trim(),
      places: input.places ?? null,
      validFrom: input.validFrom,
      validTo: input.validTo ?? null,
      status: input.status ?? 'ACTIVE',
      recordedById: viewer.userId,
    });
    return this.agreement(viewer, (identifiers[0] as { id: string }).id);
  }

  async updateAgreement(
    viewer: Viewer,
    id: string,
    input: UpdateEmployerAgreementInput,
  ): Promise<EmployerAgreementEntity> {
    assertNotCleared(input, ['kind', 'description', 'validFrom', 'status']);
    const agreement = await this.agreement(viewer, id);
    await this.activeEmployer(viewer, agreement.employerId);
    const validFrom = input.validFrom ?? agreement.validFrom;
    const validTo = input.validTo === undefined ? agreement.validTo : input.validTo;
    if (!isValidAgreementPeriod(validFrom, validTo))
      throw EmployerErrors.agreementPeriod('input.validTo');
    await this.agreements.update(id, {
      ...(input.kind && { kind: input.kind }),
      ...(input.description !== undefined && { description: text(input.description) }),
      ...(input.places !== undefined && { places: input.places }),
      ...(input.validFrom && { validFrom: input.validFrom }),
      ...(input.validTo !== undefined && { validTo: input.validTo }),
      ...(input.status && { status: input.status }),
    });
    return this.agreement(viewer, id);
  }

  async archiveAgreement(viewer: Viewer, id: string): Promise<EmployerAgreementEntity> {
    const agreement = await this.agreement(viewer, id);
    await this.agreements.update(id, { archivedAt: new Date() });
    return agreement;
  }

  /** An active (not archived) moment the viewer may keep; NOT_FOUND otherwise (also when archived). */
  private async moment(viewer: Viewer, id: string): Promise<EmployerContactMomentEntity> {
    const moment = await this.moments.findOne({
      where: { id, archivedAt: IsNull() },
      relations: { employer: true, recordedBy: true },
    });
    if (!moment) throw EmployerErrors.contactMomentNotFound();
    assertCanKeepCrm(viewer, moment.employer);
    return moment;
  }

  private async agreement(viewer: Viewer, id: string): Promise<EmployerAgreementEntity> {
    const agreement = await this.agreements.findOne({
      where: { id, archivedAt: IsNull() },
      relations: { employer: true, recordedBy: true },
    });
    if (!agreement) throw EmployerErrors.agreementNotFound();
    assertCanKeepCrm(viewer, agreement.employer);
    return agreement;
  }

  /** The employer the viewer may keep notes on, not archived. */
  private async activeEmployer(viewer: Viewer, employerId: string): Promise<EmployerEntity> {
    const employer = await this.employers.findOneBy({ id: employerId });
    if (!employer) throw EmployerErrors.notFound();
    assertCanKeepCrm(viewer, employer);
    if (employer.archivedAt) throw EmployerErrors.archived();
    return employer;
  }
}
