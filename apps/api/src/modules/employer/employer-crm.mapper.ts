import type {
  EmployerAgreementEntity,
  EmployerContactMomentEntity,
} from './employer-crm.entity.js';
import { EmployerAgreementModel, EmployerContactMomentModel } from './dto/employer-crm.model.js';

/** Expects recordedBy loaded. */
export const toContactMomentModel = (e: EmployerContactMomentEntity): EmployerContactMomentModel =>
  Object.assign(new EmployerContactMomentModel(), {
    id: e.id,
    contactedOn: e.contactedOn,
    channel: e.channel,
    subject: e.subject,
    note: e.note,
    recordedBy: e.recordedBy?.displayName ?? null,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  });

/** Expects recordedBy loaded. */
export const toAgreementModel = (e: EmployerAgreementEntity): EmployerAgreementModel =>
  Object.assign(new EmployerAgreementModel(), {
    id: e.id,
    kind: e.kind,
    description: e.description,
    places: e.places,
    validFrom: e.validFrom,
    validTo: e.validTo,
    status: e.status,
    recordedBy: e.recordedBy?.displayName ?? null,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  });
