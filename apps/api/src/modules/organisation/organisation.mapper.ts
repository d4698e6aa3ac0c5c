import type { OrganisationEntity } from './organisation.entity.js';
import { OrganisationModel } from './dto/organisation.model.js';

/** Expects regions loaded. */
export const toOrganisationModel = (e: OrganisationEntity): OrganisationModel =>
  Object.assign(new OrganisationModel(), {
    id: e.id,
    name: e.name,
    kind: e.kind,
    regionCodes: (e.regions ?? []).map((region) => region.code).sort(),
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    archivedAt: e.archivedAt,
  });
