import { CONSENT_STATUSES, EARNING_CAPACITY_BANDS } from '@werkbrug/domain-rules';
import type { ConsentStatus, EarningCapacityBand } from '../../gql/graphql.js';

export type YesNoFilter = '' | 'ja' | 'nee';

/** The filters of the job-seeker list, as kept in the address bar. Empty means "all". */
export interface JobSeekerFilters {
  search: string;
  regionCode: string;
  municipalityCode: string;
  consentStatus: ConsentStatus | '';
  earningCapacityBand: EarningCapacityBand | '';
  doelgroepregister: YesNoFilter;
  indicatieBeschutWerk: YesNoFilter;
  /** 'verlopen': only files whose availability was not confirmed for 90 days. */
  availability: '' | 'verlopen';
}

export const EMPTY_FILTERS: JobSeekerFilters = {
  search: '',
  regionCode: '',
  municipalityCode: '',
  consentStatus: '',
  earningCapacityBand: '',
  doelgroepregister: '',
  indicatieBeschutWerk: '',
  availability: '',
};

/** Dutch parameter names in the address bar. */
const PARAMS: Record<keyof JobSeekerFilters, string> = {
  search: 'zoek',
  regionCode: 'regio',
  municipalityCode: 'gemeente',
  consentStatus: 'toestemming',
  earningCapacityBand: 'verdiencapaciteit',
  doelgroepregister: 'doelgroepregister',
  indicatieBeschutWerk: 'beschut',
  availability: 'beschikbaarheid',
};

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | '' {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

function matching(value: string | null, pattern: RegExp): string {
  return value !== null && pattern.test(value) ? value : '';
}

export function filtersFromSearchParams(params: URLSearchParams): JobSeekerFilters {
  const yesNo = (name: string) => oneOf(params.get(name), ['ja', 'nee'] as const);
  return {
    search: params.get(PARAMS.search)?.trim() ?? '',
    regionCode: matching(params.get(PARAMS.regionCode), /^AM\d{2}$/),
    municipalityCode: matching(params.get(PARAMS.municipalityCode), /^GM\d{4}$/),
    consentStatus: oneOf(params.get(PARAMS.consentStatus), CONSENT_STATUSES),
    earningCapacityBand: oneOf(params.get(PARAMS.earningCapacityBand), EARNING_CAPACITY_BANDS),
    doelgroepregister: yesNo(PARAMS.doelgroepregister),
    indicatieBeschutWerk: yesNo(PARAMS.indicatieBeschutWerk),
    availability: oneOf(params.get(PARAMS.availability), ['verlopen'] as const),
  };
}

export function searchParamsFromFilters(filters: JobSeekerFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAMS) as (keyof JobSeekerFilters)[]) {
    const value = filters[key].trim();
    if (value) params.set(PARAMS[key], value);
  }
  return params;
}

export function hasFilters(filters: JobSeekerFilters): boolean {
  return Object.values(filters).some((value) => value !== '');
}

function booleanFrom(value: YesNoFilter): boolean | null {
  return value === '' ? null : value === 'ja';
}

/** The jobSeekers arguments for the filters; empty ones are null (no filter). */
export function queryArgumentsFrom(filters: JobSeekerFilters) {
  return {
    availabilityStale: filters.availability === 'verlopen' ? true : null,
    search: filters.search || null,
    regionCode: filters.regionCode || null,
    municipalityCode: filters.municipalityCode || null,
    consentStatus: filters.consentStatus || null,
    earningCapacityBand: filters.earningCapacityBand || null,
    doelgroepregister: booleanFrom(filters.doelgroepregister),
    indicatieBeschutWerk: booleanFrom(filters.indicatieBeschutWerk),
  };
}
