import { addDays, type OrganisationKind, type Role } from '@werkbrug/domain-rules';
import { REFERENCE_DATE } from './calendar.js';
import { stableUuid } from './prng.js';
import { demoRegions, type DemoRegion, type DemoRegionCode } from './regions.js';
import type { OrganisationRegionRow, OrganisationRow, UserRegionRow, UserRow } from './rows.js';

/** The password of every demo login. Demo logins are refused when the API runs in production. */
export const DEMO_PASSWORD = 'Werkbrug-demo-2026!';

export const DEMO_EMPLOYER_NAME = 'Demo Groenvoorziening Hilversum B.V.';
/** The region of the demo employer (Gooi en Vechtstreek). */
export const DEMO_EMPLOYER_REGION: DemoRegionCode = 'AM12';

export interface DemoLogin {
  readonly email: string;
  readonly role: Role;
  /** Which portal the login is meant for. */
  readonly portal: 'EMPLOYER' | 'WSP';
  /** Dutch, for the README and the start-up log. */
  readonly description: string;
}

export const DEMO_LOGINS: readonly DemoLogin[] = [
  {
    email: 'werkgever@demo.werkbrug.nl',
    role: 'EMPLOYER_USER',
    portal: 'EMPLOYER',
    description: `Werkgever: ${DEMO_EMPLOYER_NAME} (Gooi en Vechtstreek)`,
  },
  {
    email: 'am.gooi@demo.werkbrug.nl',
    role: 'ACCOUNT_MANAGER',
    portal: 'WSP',
    description: 'Accountmanager, Werkgeversservicepunt Gooi en Vechtstreek',
  },
  {
    email: 'am.groningen@demo.werkbrug.nl',
    role: 'ACCOUNT_MANAGER',
    portal: 'WSP',
    description: 'Accountmanager, Werkgeversservicepunt Groningen',
  },
  {
    email: 'am.zwolle@demo.werkbrug.nl',
    role: 'ACCOUNT_MANAGER',
    portal: 'WSP',
    description: 'Accountmanager, Werkgeversservicepunt Regio Zwolle',
  },
  {
    email: 'consulent.gooi@demo.werkbrug.nl',
    role: 'CONSULTANT',
    portal: 'WSP',
    description: 'Consulent, Sociale Dienst Gooi en Vechtstreek',
  },
  {
    email: 'consulent.groningen@demo.werkbrug.nl',
    role: 'CONSULTANT',
    portal: 'WSP',
    description: 'Consulent, Sociale Dienst Groningen',
  },
  {
    email: 'consulent.zwolle@demo.werkbrug.nl',
    role: 'CONSULTANT',
    portal: 'WSP',
    description: 'Consulent, Sociale Dienst Regio Zwolle',
  },
  {
    email: 'bestuur@demo.werkbrug.nl',
    role: 'BOARD_MEMBER',
    portal: 'WSP',
    description: 'Bestuurder van het regionaal werkbedrijf: resultaten van alle drie de regio’s',
  },
  {
    email: 'admin@demo.werkbrug.nl',
    role: 'ADMIN',
    portal: 'WSP',
    description: 'Functioneel beheerder: alle drie de regio’s',
  },
];

export const userIdOf = (email: string): string => stableUuid('user', email);
export const organisationIdOf = (key: string): string => stableUuid('organisation', key);
export const demoEmployerUserId = (): string => userIdOf('werkgever@demo.werkbrug.nl');
export const accountManagerIdOf = (region: DemoRegion): string =>
  userIdOf(`am.${region.slug}@demo.werkbrug.nl`);
export const consultantIdOf = (region: DemoRegion): string =>
  userIdOf(`consulent.${region.slug}@demo.werkbrug.nl`);

/** Display names of the demo logins: plausible, fixed. */
const DISPLAY_NAMES: Record<string, string> = {
  'werkgever@demo.werkbrug.nl': 'Marieke Groen',
  'am.gooi@demo.werkbrug.nl': 'Sanne Vermeulen',
  'am.groningen@demo.werkbrug.nl': 'Jelle Dijkstra',
  'am.zwolle@demo.werkbrug.nl': 'Femke Kamphuis',
  'consulent.gooi@demo.werkbrug.nl': 'Yasmina El Amrani',
  'consulent.groningen@demo.werkbrug.nl': 'Sietse Hoekstra',
  'consulent.zwolle@demo.werkbrug.nl': 'Anouk Scholten',
  'bestuur@demo.werkbrug.nl': 'Pieter van der Wal',
  'admin@demo.werkbrug.nl': 'Robin de Graaf',
};

/** The author of a recorded change: a demo login, or (id null) someone without a login. */
export interface DemoActor {
  readonly id: string | null;
  readonly name: string;
}

export function demoLoginActor(email: string): DemoActor {
  return { id: userIdOf(email), name: DISPLAY_NAMES[email] };
}

/** The organisations of one region: its WSP, the municipalities' social service, UWV and an SW-bedrijf. */
const REGIONAL_ORGANISATIONS: readonly {
  kind: OrganisationKind;
  name: (regionName: string) => string;
}[] = [
  { kind: 'WSP', name: (regionName) => `Werkgeversservicepunt ${regionName}` },
  { kind: 'MUNICIPALITY', name: (regionName) => `Sociale Dienst ${regionName}` },
  { kind: 'UWV', name: (regionName) => `UWV Werkbedrijf ${regionName}` },
  { kind: 'PROVIDER', name: (regionName) => `SW-bedrijf ${regionName}` },
];

/** Organisations that serve all three regions: the board and the platform's functional management. */
const SHARED_ORGANISATIONS: readonly { key: string; kind: OrganisationKind; name: string }[] = [
  { key: 'board', kind: 'MUNICIPALITY', name: 'Regionaal Werkbedrijf (demobestuur)' },
  { key: 'management', kind: 'MUNICIPALITY', name: 'Functioneel beheer Werkbrug' },
];

export interface DemoStaff {
  readonly organisations: OrganisationRow[];
  readonly organisationRegions: OrganisationRegionRow[];
  /** Staff logins; the employer login is added with the demo employer. */
  readonly users: UserRow[];
  readonly userRegions: UserRegionRow[];
}

const CREATED_AT = new Date(`${addDays(REFERENCE_DATE, -400)}T08:00:00Z`);

function staffUser(email: string, organisationId: string): UserRow {
  const login = DEMO_LOGINS.find((candidate) => candidate.email === email);
  if (!login) throw new Error(`${email} is not a demo login`);
  return {
    id: userIdOf(email),
    email,
    displayName: DISPLAY_NAMES[email],
    role: login.role,
    isDemo: true,
    organisationId,
    employerId: null,
    createdAt: CREATED_AT,
    updatedAt: CREATED_AT,
  };
}

export function generateStaff(): DemoStaff {
  const regions = demoRegions();
  const organisations: OrganisationRow[] = [];
  const organisationRegions: OrganisationRegionRow[] = [];
  const users: UserRow[] = [];
  const userRegions: UserRegionRow[] = [];

  for (const region of regions) {
    for (const { kind, name } of REGIONAL_ORGANISATIONS) {
      const id = organisationIdOf(`${region.code}:${kind}`);
      organisations.push({
        id,
        name: name(region.name),
        kind,
        createdAt: CREATED_AT,
        updatedAt: CREATED_AT,
      });
      organisationRegions.push({ organisationId: id, regionCode: region.code });
    }
    const accountManager = staffUser(
      `am.${region.slug}@demo.werkbrug.nl`,
      organisationIdOf(`${region.code}:WSP`),
    );
    const consultant = staffUser(
      `consulent.${region.slug}@demo.werkbrug.nl`,
      organisationIdOf(`${region.code}:MUNICIPALITY`),
    );
    users.push(accountManager, consultant);
    userRegions.push(
      { userId: accountManager.id, regionCode: region.code },
      { userId: consultant.id, regionCode: region.code },
    );
  }

  for (const { key, kind, name } of SHARED_ORGANISATIONS) {
    const id = organisationIdOf(key);
    organisations.push({ id, name, kind, createdAt: CREATED_AT, updatedAt: CREATED_AT });
    for (const region of regions)
      organisationRegions.push({ organisationId: id, regionCode: region.code });
  }
  for (const [email, key] of [
    ['bestuur@demo.werkbrug.nl', 'board'],
    ['admin@demo.werkbrug.nl', 'management'],
  ] as const) {
    const user = staffUser(email, organisationIdOf(key));
    users.push(user);
    for (const region of regions) userRegions.push({ userId: user.id, regionCode: region.code });
  }
  return { organisations, organisationRegions, users, userRegions };
}

/** The employer login, at the demo employer. */
export function demoEmployerUser(employerId: string): UserRow {
  const email = 'werkgever@demo.werkbrug.nl';
  return {
    id: demoEmployerUserId(),
    email,
    displayName: DISPLAY_NAMES[email],
    role: 'EMPLOYER_USER',
    isDemo: true,
    organisationId: null,
    employerId,
    createdAt: CREATED_AT,
    updatedAt: CREATED_AT,
  };
}
