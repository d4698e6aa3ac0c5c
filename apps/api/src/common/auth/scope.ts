import { forbidden } from '../errors/domain-error.js';
import type { Viewer } from './viewer.js';

/**
 * Region scoping, in one place. Staff reach records of the regions they serve; an ADMIN reaches
 * every region; an employer user reaches only its own employer (checked by the callers).
 * Returns null for "all regions".
 */
export function regionScope(viewer: Viewer): readonly string[] | null {
  return viewer.role === 'ADMIN' ? null : viewer.regionCodes;
}

export function canReachRegion(viewer: Viewer, regionCode: string): boolean {
  const scope = regionScope(viewer);
  return scope === null || scope.includes(regionCode);
}

export function assertRegion(viewer: Viewer, regionCode: string): void {
  if (!canReachRegion(viewer, regionCode))
    throw forbidden('Deze regio hoort niet bij uw werkgebied.');
}
