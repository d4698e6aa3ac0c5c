import { parseArgs } from 'node:util';
import { DEMO_DATA_DEFAULTS, type DemoDataOptions } from './demo/dataset.js';

export const USAGE = `usage: npm run seed -w @werkbrug/api -- [options]

Creates the deterministic demo data for Gooi en Vechtstreek, Groningen and Regio Zwolle.

  --job-seekers <n>  job-seekers per region (default ${DEMO_DATA_DEFAULTS.jobSeekersPerRegion})
  --employers <n>    employers per region (default ${DEMO_DATA_DEFAULTS.employersPerRegion})
  --vacancies <n>    vacancies per region (default ${DEMO_DATA_DEFAULTS.vacanciesPerRegion})
  --reset            empty all non-reference tables first (users, employers, job-seekers, ...)
  --help             show this text`;

export class UsageError extends Error {}

const LIMITS = { 'job-seekers': 1_000_000, employers: 100_000, vacancies: 1_000_000 } as const;

function positiveInteger(
  flag: keyof typeof LIMITS,
  raw: string | undefined,
  fallback: number,
): number {
  if (raw === undefined) return fallback;
  if (!/^[1-9]\d*$/.test(raw) || Number(raw) > LIMITS[flag]) {
    throw new UsageError(
      `--${flag} must be a whole number from 1 to ${LIMITS[flag]}, got "${raw}"`,
    );
  }
  return Number(raw);
}

export interface SeedArguments {
  readonly options: Required<DemoDataOptions>;
  readonly reset: boolean;
  readonly help: boolean;
}

export function parseSeedArguments(args: readonly string[]): SeedArguments {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        'job-seekers': { type: 'string' },
        employers: { type: 'string' },
        vacancies: { type: 'string' },
        reset: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  return {
    options: {
      jobSeekersPerRegion: positiveInteger(
        'job-seekers',
        values['job-seekers'],
        DEMO_DATA_DEFAULTS.jobSeekersPerRegion,
      ),
      employersPerRegion: positiveInteger(
        'employers',
        values.employers,
        DEMO_DATA_DEFAULTS.employersPerRegion,
      ),
      vacanciesPerRegion: positiveInteger(
        'vacancies',
        values.vacancies,
        DEMO_DATA_DEFAULTS.vacanciesPerRegion,
      ),
    },
    reset: values.reset,
    help: values.help,
  };
}
