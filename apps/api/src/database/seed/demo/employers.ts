import { addDays, type WorkSector } from '@werkbrug/domain-rules';
import { duringOfficeHours, REFERENCE_DATE } from './calendar.js';
import { emailLocalPart, fictitiousPhoneNumber, fullName, randomPersonName } from './names.js';
import { DEMO_EMPLOYER_NAME } from './organisations.js';
import { Random, stableUuid } from './prng.js';
import { randomAddress, type DemoAddress, type DemoRegion } from './regions.js';
import type { EmployerContactRow, EmployerLocationRow, EmployerRow } from './rows.js';
import { GOVERNMENT_EMPLOYERS, SECTOR_WEIGHTS, sectorProfile } from './sectors.js';

/** An employer with its main sector, locations and contacts, for the generators that follow. */
export interface DemoEmployer {
  readonly row: EmployerRow;
  readonly workSector: WorkSector;
  readonly locations: readonly EmployerLocationRow[];
  readonly contacts: readonly EmployerContactRow[];
}

const STREETS = [
  'Industrieweg',
  'Stationsstraat',
  'Kerkstraat',
  'Havenweg',
  'Nijverheidsweg',
  'Ambachtsweg',
  'Dorpsstraat',
  'Handelsweg',
  'Molenweg',
  'Spoorlaan',
  'Energieweg',
  'Marktplein',
  'Zuiderweg',
  'Parallelweg',
  'Kanaalweg',
];

/** Words that tell two employers with the same noun and place apart. */
const DISTINGUISHERS = [
  'Noord',
  'Zuid',
  'Oost',
  'West',
  'Centrum',
  'De Brug',
  'Het Anker',
  'De Linde',
  'De Schakel',
  'Het Baken',
];

const CONTACT_TITLES = [
  'Eigenaar',
  'HR-adviseur',
  'Vestigingsmanager',
  'Teamleider',
  'Bedrijfsleider',
  'Medewerker personeelszaken',
];

/** A unique 8-digit KvK number; `used` is shared by all regions. */
export function randomKvkNumber(rng: Random, used: Set<string>): string {
  for (;;) {
    const candidate = String(rng.int(10_000_000, 99_999_999));
    if (!used.has(candidate)) {
      used.add(candidate);
      return candidate;
    }
  }
}

function uniqueName(
  rng: Random,
  base: { noun: string; place: string; suffix: string },
  usedNames: Set<string>,
): string {
  const suffix = base.suffix ? ` ${base.suffix}` : '';
  const candidates = [
    `${base.noun} ${base.place}${suffix}`,
    ...rng
      .sample(DISTINGUISHERS, DISTINGUISHERS.length)
      .map((word) => `${base.noun} ${word} ${base.place}${suffix}`),
  ];
  const name =
    candidates.find((candidate) => !usedNames.has(candidate)) ??
    `${base.noun} ${base.place} ${usedNames.size}${suffix}`;
  usedNames.add(name);
  return name;
}

function location(
  rng: Random,
  employerId: string,
  index: number,
  address: DemoAddress,
  createdAt: Date,
  sector: WorkSector,
): EmployerLocationRow {
  const main = sector === 'ADMIN' || sector === 'ICT' ? 'Hoofdkantoor' : 'Hoofdvestiging';
  return {
    id: stableUuid('employer-location', employerId, index),
    employerId,
    name: index === 0 ? main : `Vestiging ${address.place}`,
    street: `${rng.pick(STREETS)} ${rng.int(1, 250)}`,
    postcode: address.postcode,
    pc4: address.pc4,
    city: address.place,
    createdAt,
    updatedAt: createdAt,
  };
}

function contacts(rng: Random, employerId: string, createdAt: Date): EmployerContactRow[] {
  const count = rng.chance(0.6) ? 1 : 2;
  return Array.from({ length: count }, (_, index) => {
    const name = randomPersonName(rng);
    return {
      id: stableUuid('employer-contact', employerId, index),
      employerId,
      name: fullName(name),
      jobTitle: rng.pick(CONTACT_TITLES),
      email: `${emailLocalPart(name)}${rng.int(10, 99)}@example.org`,
      phone: fictitiousPhoneNumber(rng),
      createdAt,
      updatedAt: createdAt,
    };
  });
}

interface EmployerOptions {
  readonly region: DemoRegion;
  readonly index: number;
  readonly accountManagerId: string;
  readonly usedKvkNumbers: Set<string>;
  readonly usedNames: Set<string>;
  /** The demo employer of the employer login (Demo Groenvoorziening Hilversum B.V.). */
  readonly isDemoEmployer: boolean;
}

function generateEmployer(options: EmployerOptions): DemoEmployer {
  const { region, index } = options;
  const rng = Random.of(region.code, 'employer', index);
  const id = stableUuid('employer', region.code, index);
  const createdAt = duringOfficeHours(rng, addDays(REFERENCE_DATE, -rng.int(60, 1500)));
  const government = !options.isDemoEmployer && rng.chance(0.2);
  const homeAreas =
    options.isDemoEmployer || rng.chance(0.4) ? region.hubPostcodeAreas : region.postcodeAreas;
  const home = randomAddress(rng, homeAreas);

  let workSector: WorkSector;
  let sbiCode: string;
  let name: string;
  if (options.isDemoEmployer) {
    workSector = 'GREEN';
    sbiCode = '8130';
    name = DEMO_EMPLOYER_NAME;
    options.usedNames.add(name);
  } else if (government) {
    const kind = rng.pick(GOVERNMENT_EMPLOYERS);
    workSector = kind.sector;
    sbiCode = kind.sbiCode;
    name = uniqueName(rng, { noun: kind.noun, place: home.place, suffix: '' }, options.usedNames);
  } else {
    workSector = rng.weighted(SECTOR_WEIGHTS);
    const profile = sectorProfile(workSector);
    sbiCode = rng.pick(profile.sbiCodes);
    name = uniqueName(
      rng,
      { noun: rng.pick(profile.employerNouns), place: home.place, suffix: 'B.V.' },
      options.usedNames,
    );
  }

  const locationCount = rng.weighted([
    [1, 60],
    [2, 28],
    [3, 12],
  ] as const);
  const locations = [location(rng, id, 0, home, createdAt, workSector)];
  for (let i = 1; i < locationCount; i++) {
    locations.push(
      location(rng, id, i, randomAddress(rng, region.postcodeAreas), createdAt, workSector),
    );
  }

  const row: EmployerRow = {
    id,
    name,
    kvkNumber: randomKvkNumber(rng, options.usedKvkNumbers),
    sector: government ? 'OVERHEID' : 'MARKT',
    sbiCode,
    regionCode: region.code,
    accountManagerId: options.accountManagerId,
    createdAt,
    updatedAt: createdAt,
  };
  return { row, workSector, locations, contacts: contacts(rng, id, createdAt) };
}

/**
 * The employers of a region, all assigned to its demo account manager. In the demo employer's
 * region the first one is the demo employer. KvK numbers are unique over all regions.
 */
export function generateEmployers(options: {
  region: DemoRegion;
  count: number;
  accountManagerId: string;
  withDemoEmployer: boolean;
  usedKvkNumbers: Set<string>;
}): DemoEmployer[] {
  const usedNames = new Set<string>();
  return Array.from({ length: options.count }, (_, index) =>
    generateEmployer({
      region: options.region,
      index,
      accountManagerId: options.accountManagerId,
      usedKvkNumbers: options.usedKvkNumbers,
      usedNames,
      isDemoEmployer: options.withDemoEmployer && index === 0,
    }),
  );
}
