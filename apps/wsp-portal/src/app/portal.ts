import type { Portal, Role } from '../gql/graphql.js';

/** Who this portal is for; the API refuses accounts of the other portal at login. */
export const PORTAL: Portal = 'WSP';
export const PORTAL_NAME = 'Werkbrug WSP-portaal';
export const PORTAL_ROLES: readonly Role[] = [
  'ACCOUNT_MANAGER',
  'CONSULTANT',
  'BOARD_MEMBER',
  'ADMIN',
];

export const NAVIGATION = [{ to: '/', label: 'Startpagina' }] as const;
