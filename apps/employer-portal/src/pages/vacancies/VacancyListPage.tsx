import { useQuery } from '@apollo/client/react';
import { Button, Heading, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { VACANCY_STATUS_LABELS, VACANCY_STATUSES } from '@werkbrug/domain-rules';
import { Field, LoadError, LoadingState, RouterButtonLink, usePageTitle } from '@werkbrug/ui';
import { useState } from 'react';
import { graphql } from '../../gql/index.js';
import type { VacancyStatus } from '../../gql/graphql.js';
import { useEmployerId } from '../../modules/session/hooks/useEmployerId.js';
import { VacancyTable } from '../../modules/vacancy/components/VacancyTable.js';

export const VacancyListPageQuery = graphql(`
  query VacancyListPage($employerId: ID!, $status: VacancyStatus, $after: String) {
    vacancies(employerId: $employerId, status: $status, first: 25, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...VacancyTable_vacancy
      }
    }
  }
`);

const countText = (count: number) => `${count} ${count === 1 ? 'vacature' : 'vacatures'}`;

export function VacancyListPage() {
  usePageTitle('Vacatures');
  const employerId = useEmployerId();
  const [status, setStatus] = useState<VacancyStatus | ''>('');
  const { data, error, loading, fetchMore } = useQuery(VacancyListPageQuery, {
    variables: { employerId, status: status === '' ? null : status },
    fetchPolicy: 'cache-and-network',
  });
  const vacancies = data?.vacancies;

  function loadMore() {
    if (!vacancies?.pageInfo.endCursor) return;
    void fetchMore({
      variables: { after: vacancies.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        vacancies: {
          ...fetchMoreResult.vacancies,
          nodes: [...(previous.vacancies?.nodes ?? []), ...fetchMoreResult.vacancies.nodes],
        },
      }),
    });
  }

  return (
    <>
      <Heading level={1}>Vacatures</Heading>
      <Paragraph>
        <RouterButtonLink to="/vacatures/nieuw" appearance="primary-action-button">
          Nieuwe vacature
        </RouterButtonLink>
      </Paragraph>
      <Field id="vacatures-status" label="Toon vacatures met status">
        {(control) => (
          <Select
            {...control}
            value={status}
            onChange={(event) => setStatus(event.target.value as VacancyStatus | '')}
          >
            <SelectOption value="">Alle statussen</SelectOption>
            {VACANCY_STATUSES.map((each) => (
              <SelectOption key={each} value={each}>
                {VACANCY_STATUS_LABELS[each]}
              </SelectOption>
            ))}
          </Select>
        )}
      </Field>
      {vacancies ? (
        <>
          <Paragraph role="status">
            {vacancies.totalCount === 0
              ? status === ''
                ? 'U heeft nog geen vacatures. Plaats uw eerste vacature met de knop hierboven.'
                : `Er zijn geen vacatures met de status ${VACANCY_STATUS_LABELS[status].toLowerCase()}.`
              : `${countText(vacancies.totalCount)} gevonden.`}
          </Paragraph>
          {vacancies.nodes.length > 0 && (
            <VacancyTable caption="Uw vacatures" vacancies={vacancies.nodes} />
          )}
          {vacancies.pageInfo.hasNextPage && (
            <Button appearance="secondary-action-button" busy={loading} onClick={loadMore}>
              Meer vacatures tonen
            </Button>
          )}
        </>
      ) : error ? (
        <LoadError>
          Uw vacatures kunnen nu niet worden getoond. Probeer het later opnieuw.
        </LoadError>
      ) : (
        <LoadingState />
      )}
    </>
  );
}
