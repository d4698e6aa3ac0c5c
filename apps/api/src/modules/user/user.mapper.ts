import type { UserEntity } from './user.entity.js';
import { UserModel } from './dto/user.model.js';

/** Expects organisation, employer and regions loaded. Leaves the password hash behind. */
export const toUserModel = (e: UserEntity): UserModel =>
  Object.assign(new UserModel(), {
    id: e.id,
    email: e.email,
    displayName: e.displayName,
    role: e.role,
    isDemo: e.isDemo,
    organisation: e.organisation
      ? { id: e.organisation.id, name: e.organisation.name, kind: e.organisation.kind }
      : null,
    employer: e.employer ? { id: e.employer.id, name: e.employer.name } : null,
    regionCodes: (e.regions ?? []).map((region) => region.code).sort(),
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    archivedAt: e.archivedAt,
  });
