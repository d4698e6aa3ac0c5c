import { regionScope } from '../../common/auth/scope.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { forbidden } from '../../common/errors/domain-error.js';

/** Staff and board members reach the organisations that serve one of their regions; ADMINs all. */
export function canReadOrganisation(viewer: Viewer, regionCodes: readonly string[]): boolean {
  const scope = regionScope(viewer);
  return scope === null || regionCodes.some((code) => scope.includes(code));
}

export function assertCanReadOrganisation(viewer: Viewer, regionCodes: readonly string[]): void {
  if (!canReadOrganisation(viewer, regionCodes)) throw forbidden();
}
