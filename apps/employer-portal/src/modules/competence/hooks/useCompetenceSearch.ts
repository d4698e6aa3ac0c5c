import { useQuery } from '@apollo/client/react';
import type { CompetenceGroup } from '@werkbrug/domain-rules';
import { useDebouncedValue } from '../../common/useDebouncedValue.js';
import { CompetenceSearchQuery } from '../graphql/competences.js';

export const SEARCH_PAGE_SIZE = 20;
export const SEARCH_DELAY_MS = 300;

/**
 * Competences matching what was typed and the chosen group. Nothing is fetched until there is a
 * search term or a group: the whole taxonomy at once is too much to read through.
 */
export function useCompetenceSearch({
  search,
  group,
}: {
  search: string;
  group: CompetenceGroup | '';
}) {
  const term = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const active = term !== '' || group !== '';
  const { data, previousData, loading, error } = useQuery(CompetenceSearchQuery, {
    variables: {
      search: term === '' ? null : term,
      group: group === '' ? null : group,
      first: SEARCH_PAGE_SIZE,
    },
    skip: !active,
  });
  const result = (data ?? previousData)?.competences;
  return {
    active,
    loading: active && loading,
    error: active ? error : undefined,
    competences: active ? (result?.nodes ?? []) : [],
    totalCount: active ? (result?.totalCount ?? 0) : 0,
  };
}
