import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { usePageTitle } from '@werkbrug/ui';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql/index.js';
import { PagedResults } from '../../modules/common/components/PagedResults.js';
import { VacancyFilterForm } from '../../modules/vacancy/components/VacancyFilterForm.js';
import { VacancyTable } from '../../modules/vacancy/components/VacancyTable.js';
import { paramsFromVacancyFilters, vacancyFiltersFrom } from '../../modules/vacancy/filters.js';

export const MatchingPageQuery = graphql(`
  query MatchingPage($first: Int!, $after: String, $search: String, $kind: VacancyKind) {
    vacancies(first: $first, after: $after, search: $search, kind: $kind, status: OPEN) {
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

/** Open vacancies to find candidates for: each links to its matching workbench. */
export function MatchingPage() {
  usePageTitle('Matching');
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = vacancyFiltersFrom(searchParams);
  const { data, error, networkStatus, refetch, fetchMore } = useQuery(MatchingPageQuery, {
    variables: {
      first: 25,
      after: null,
      search: filters.search || null,
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
      <Heading level={1}>Matching</Heading>
      <Paragraph>
        Kies een open vacature om de best passende inwoners te zien, met de uitleg waarom ze passen.
      </Paragraph>
      <VacancyFilterForm
        key={searchParams.toString()}
        filters={filters}
        withStatus={false}
        onApply={(next) => setSearchParams(paramsFromVacancyFilters({ ...next, status: '' }))}
      />
      <section aria-labelledby="resultaten">
        <Heading level={2} id="resultaten">
          Open vacatures
        </Heading>
        <PagedResults
          connection={connection}
          error={error}
          loadingMore={networkStatus === NetworkStatus.fetchMore}
          onRetry={() => refetch()}
          onLoadMore={loadMore}
          noun={{ one: 'open vacature', many: 'open vacatures' }}
          empty="Er zijn geen open vacatures die passen bij uw zoekopdracht."
        >
          {(vacancies) => (
            <VacancyTable
              caption="Open vacatures: kies er een om kandidaten te zoeken"
              vacancies={vacancies}
              linkTo={(vacancy) => `/vacatures/${vacancy.id}/matching`}
            />
          )}
        </PagedResults>
      </section>
    </>
  );
}
