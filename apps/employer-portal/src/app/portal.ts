import type { Portal, Role } from '../gql/graphql.js';

/** Who this portal is for; the API refuses accounts of the other portal at login. */
export const PORTAL: Portal = 'EMPLOYER';
export const PORTAL_NAME = 'Werkbrug werkgeversportaal';
export const PORTAL_ROLES: readonly Role[] = ['EMPLOYER_USER'];

export const NAVIGATION = [
  { to: '/', label: 'Startpagina' },
  { to: '/vacatures', label: 'Vacatures' },
  { to: '/jobcarving', label: 'Jobcarving' },
  { to: '/plaatsingen', label: 'Plaatsingen' },
  { to: '/lks-berekening', label: 'LKS-berekening' },
  { to: '/banenafspraak', label: 'Banenafspraak' },
  { to: '/organisatie', label: 'Organisatie' },
] as const;
