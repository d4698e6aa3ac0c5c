import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Heading } from '@utrecht/component-library-react';
import { usePageTitle } from '@werkbrug/ui';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql/index.js';
import { PagedResults } from '../../modules/common/components/PagedResults.js';
import { VacancyFilterForm } from '../../modules/vacancy/components/VacancyFilterForm.js';
import { VacancyTable } from '../../modules/vacancy/components/VacancyTable.js';
import { paramsFromVacancyFilters, vacancyFiltersFrom } from '../../modules/vacancy/filters.js';

export const VacancyListPageQuery = graphql(`
  query VacancyListPage(
    $first: Int!
    $after: String
    $search: String
    $status: VacancyStatus
    $kind: VacancyKind
  ) {
    vacancies(first: $first, after: $after, search: $search, status: $status, kind: $kind) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...VacancyTable_vacancy
      }
    }
  }
`);

/** The vacancies of the region's employers. */
export function VacancyListPage() {
  usePageTitle('Vacatures');
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = vacancyFiltersFrom(searchParams);
  const { data, error, networkStatus, refetch, fetchMore } = useQuery(VacancyListPageQuery, {
    variables: {
      first: 25,
      after: null,
      search: filters.search || null,
      status: filters.status || null,
      kind: filters.kind || null,
    },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.vacancies;

  function loadMore() {
    if (!connection?.pageInfo.endCursor) return;
    void fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        vacancies: {
          ...fetchMoreResult.vacancies,
          nodes: [...previous.vacancies.nodes, ...fetchMoreResult.vacancies.nodes],
        },
      }),
    });
  }

  return (
    <>
      <Heading level={1}>Vacatures</Heading>
      <VacancyFilterForm
        key={searchParams.toString()}
        filters={filters}
        onApply={(next) => setSearchParams(paramsFromVacancyFilters(next))}
      />
      <section aria-labelledby="resultaten">
        <Heading level={2} id="resultaten">
          Resultaten
        </Heading>
        <PagedResults
          connection={connection}
          error={error}
          loadingMore={networkStatus === NetworkStatus.fetchMore}
          onRetry={() => refetch()}
          onLoadMore={loadMore}
          noun={{ one: 'vacature', many: 'vacatures' }}
          empty="Er zijn geen vacatures die passen bij uw zoekopdracht."
        >
          {(vacancies) => <VacancyTable caption="Vacatures" vacancies={vacancies} />}
        </PagedResults>
      </section>
    </>
  );
}
