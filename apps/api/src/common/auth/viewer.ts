import type { Role } from '@werkbrug/domain-rules';

/** Who is calling: loaded from the session cookie once per request. */
export interface Viewer {
  readonly userId: string;
  readonly sessionId: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly organisationId: string | null;
  readonly organisationName: string;
  /** Set for EMPLOYER_USER: the only employer whose data they reach. */
  readonly employerId: string | null;
  readonly regionCodes: readonly string[];
}

export const WSP_ROLES: readonly Role[] = [
  'ACCOUNT_MANAGER',
  'CONSULTANT',
  'BOARD_MEMBER',
  'ADMIN',
];
export const STAFF_ROLES: readonly Role[] = ['ACCOUNT_MANAGER', 'CONSULTANT', 'ADMIN'];
