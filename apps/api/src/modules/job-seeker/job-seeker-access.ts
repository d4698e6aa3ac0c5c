import type { Role } from '@werkbrug/domain-rules';
import type { Viewer } from '../../common/auth/viewer.js';
import { forbidden } from '../../common/errors/domain-error.js';

/**
 * Who may see a job-seeker's file (name, contact, birth date, profile): the WSP and municipal staff
 * who work with it, in the regions they serve.
 * - ACCOUNT_MANAGER: yes, to match and introduce.
 * - CONSULTANT: yes; keeps the files (the only role that creates and changes them).
 * - ADMIN: no. Administering users and the taxonomy needs no resident's file (data minimisation,
 *   AVG art. 5(1)(c)); an admin who also works with files gets a staff account.
 * - BOARD_MEMBER: aggregates only. EMPLOYER_USER: never (introductions show an anonymous profile).
 */
export const FILE_READERS = ['ACCOUNT_MANAGER', 'CONSULTANT'] as const satisfies readonly Role[];
export const FILE_KEEPERS = ['CONSULTANT'] as const satisfies readonly Role[];

export function canReadFiles(viewer: Pick<Viewer, 'role'>): boolean {
  return (FILE_READERS as readonly Role[]).includes(viewer.role);
}

export function assertCanReadFiles(viewer: Pick<Viewer, 'role'>): void {
  if (!canReadFiles(viewer)) throw forbidden();
}

export function assertCanKeepFiles(viewer: Pick<Viewer, 'role'>): void {
  if (!(FILE_KEEPERS as readonly Role[]).includes(viewer.role)) throw forbidden();
}

/** The masked BSN ('*******82') is for consultants, who check it against other sources. */
export function canSeeMaskedBsn(viewer: Pick<Viewer, 'role'>): boolean {
  return viewer.role === 'CONSULTANT';
}

/** Work limitations are health data (AVG art. 9): only the file's own consultant sees or sets them. */
export function isFileOwner(
  viewer: Pick<Viewer, 'role' | 'userId'>,
  file: { consultantId: string | null },
): boolean {
  return (
    viewer.role === 'CONSULTANT' &&
    file.consultantId !== null &&
    file.consultantId === viewer.userId
  );
}
