import type { NavigationItem } from '@werkbrug/ui';
import type { Portal, Role } from '../gql/graphql.js';

/** Who this portal is for; the API refuses accounts of the other portal at login. */
export const PORTAL: Portal = 'WSP';
export const PORTAL_NAME = 'Werkbrug WSP-portaal';
export const PORTAL_ROLES = ['ACCOUNT_MANAGER', 'CONSULTANT', 'BOARD_MEMBER', 'ADMIN'] as const;
export type PortalRole = (typeof PORTAL_ROLES)[number];

/** Staff who work with job-seekers' files, employers and the pipeline. */
export const STAFF: readonly Role[] = ['ACCOUNT_MANAGER', 'CONSULTANT'];

/** Who sees the regional results (aggregates only); the API scopes them to the user's regions. */
export const RESULTS_READERS: readonly Role[] = ['BOARD_MEMBER', 'ACCOUNT_MANAGER', 'ADMIN'];

const RESULTS: NavigationItem = { to: '/resultaten', label: 'Resultaten' };

/** Who handles the inbox of new vacancies and job-carving requests (the API checks again). */
export const JOB_CARVING_HANDLERS: readonly Role[] = ['ACCOUNT_MANAGER', 'ADMIN'];

const INBOX: NavigationItem = { to: '/inbox', label: 'Inbox' };

export const START_PAGE: NavigationItem = { to: '/', label: 'Startpagina' };

/**
 * The main menu per role. A user with several roles gets the items of each, once, in this order
 * after the start page. Add a role's pages here and guard their routes in router.tsx.
 */
export const NAVIGATION_BY_ROLE: Readonly<Record<PortalRole, readonly NavigationItem[]>> = {
  CONSULTANT: [
    { to: '/inwoners', label: 'Inwoners' },
    { to: '/plaatsingen', label: 'Plaatsingen' },
    { to: '/nazorg', label: 'Nazorg' },
  ],
  ACCOUNT_MANAGER: [
    INBOX,
    { to: '/werkgevers', label: 'Werkgevers' },
    { to: '/vacatures', label: 'Vacatures' },
    { to: '/matching', label: 'Matching' },
    { to: '/toewijzing', label: 'Toewijzing' },
    { to: '/plaatsingen', label: 'Plaatsingen' },
    { to: '/nazorg', label: 'Nazorg' },
    RESULTS,
  ],
  BOARD_MEMBER: [RESULTS],
  ADMIN: [RESULTS, { to: '/toewijzing', label: 'Toewijzing' }, INBOX],
};

function isPortalRole(role: string): role is PortalRole {
  return (PORTAL_ROLES as readonly string[]).includes(role);
}

/** The main menu of someone with these roles: the start page, then each role's pages once. */
export function navigationFor(roles: readonly string[]): NavigationItem[] {
  const items = [
    START_PAGE,
    ...roles.filter(isPortalRole).flatMap((role) => NAVIGATION_BY_ROLE[role]),
  ];
  return items.filter((item, index) => items.findIndex((other) => other.to === item.to) === index);
}
