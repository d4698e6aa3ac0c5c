import { VACANCY_KINDS, VACANCY_STATUSES } from '@werkbrug/domain-rules';
import type { VacancyKind, VacancyStatus } from '../../gql/graphql.js';

export interface VacancyFilters {
  search: string;
  status: VacancyStatus | '';
  kind: VacancyKind | '';
}

export const NO_VACANCY_FILTERS: VacancyFilters = { search: '', status: '', kind: '' };

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | '' {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

export function vacancyFiltersFrom(params: URLSearchParams): VacancyFilters {
  return {
    search: params.get('zoek')?.trim() ?? '',
    status: oneOf(params.get('status'), VACANCY_STATUSES),
    kind: oneOf(params.get('soort'), VACANCY_KINDS),
  };
}

export function paramsFromVacancyFilters(filters: VacancyFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search.trim()) params.set('zoek', filters.search.trim());
  if (filters.status) params.set('status', filters.status);
  if (filters.kind) params.set('soort', filters.kind);
  return params;
}
