import { formatPostcode } from '@werkbrug/domain-rules';
import type {
  EmployerContactEntity,
  EmployerEntity,
  EmployerLocationEntity,
} from './employer.entity.js';
import {
  EmployerContactModel,
  EmployerLocationModel,
  EmployerModel,
} from './dto/employer.model.js';

export const toEmployerLocationModel = (e: EmployerLocationEntity): EmployerLocationModel =>
  Object.assign(new EmployerLocationModel(), {
    id: e.id,
    name: e.name,
    street: e.street,
    postcode: formatPostcode({ pc4: e.postcode.slice(0, 4), letters: e.postcode.slice(4) || null }),
    city: e.city,
    municipalityCode: e.postcodeArea?.municipalityCode ?? '',
    archivedAt: e.archivedAt,
  });

export const toEmployerContactModel = (e: EmployerContactEntity): EmployerContactModel =>
  Object.assign(new EmployerContactModel(), {
    id: e.id,
    name: e.name,
    jobTitle: e.jobTitle,
    email: e.email,
    phone: e.phone,
    archivedAt: e.archivedAt,
  });

/** Expects locations (with postcodeArea), contacts and accountManager loaded. */
export function toEmployerModel(e: EmployerEntity): EmployerModel {
  return Object.assign(new EmployerModel(), {
    id: e.id,
    name: e.name,
    kvkNumber: e.kvkNumber,
    sector: e.sector,
    sbiCode: e.sbiCode,
    regionCode: e.regionCode,
    accountManager: e.accountManager
      ? {
          id: e.accountManager.id,
          displayName: e.accountManager.displayName,
          email: e.accountManager.email,
        }
      : null,
    locations: (e.locations ?? [])
      .filter((l) => !l.archivedAt)
      .sort(byName)
      .map(toEmployerLocationModel),
    contacts: (e.contacts ?? [])
      .filter((c) => !c.archivedAt)
      .sort(byName)
      .map(toEmployerContactModel),
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    archivedAt: e.archivedAt,
  });
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nl');
