import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { EMPLOYER_SECTOR_LABELS, EMPLOYER_SECTORS } from '@werkbrug/domain-rules';
import { LoadError, LoadingState, usePageTitle, useViewer } from '@werkbrug/ui';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql/index.js';
import type { EmployerSector } from '../../gql/graphql.js';
import { CheckboxField, SelectField, TextField } from '../../modules/common/components/fields.js';
import { EmployerTable } from '../../modules/employer/components/EmployerTable.js';

export const EmployerListPageQuery = graphql(`
  query EmployerListPage(
    $first: Int!
    $after: String
    $search: String
    $sector: EmployerSector
    $accountManagerId: ID
  ) {
    employers(
      first: $first
      after: $after
      search: $search
      sector: $sector
      accountManagerId: $accountManagerId
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...EmployerTable_employer
      }
    }
  }
`);

interface EmployerFilters {
  search: string;
  sector: EmployerSector | '';
  mine: boolean;
}

function filtersFrom(params: URLSearchParams): EmployerFilters {
  const sector = params.get('sector');
  return {
    search: params.get('zoek')?.trim() ?? '',
    sector: (EMPLOYER_SECTORS as readonly string[]).includes(sector ?? '')
      ? (sector as EmployerSector)
      : '',
    mine: params.get('mijn') === 'ja',
  };
}

function paramsFrom(filters: EmployerFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search.trim()) params.set('zoek', filters.search.trim());
  if (filters.sector) params.set('sector', filters.sector);
  if (filters.mine) params.set('mijn', 'ja');
  return params;
}

const SECTOR_OPTIONS = EMPLOYER_SECTORS.map((value) => ({
  value,
  label: EMPLOYER_SECTOR_LABELS[value],
}));

function EmployerFilterForm({
  filters,
  onApply,
}: {
  filters: EmployerFilters;
  onApply(filters: EmployerFilters): void;
}) {
  const [draft, setDraft] = useState(filters);
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(draft);
  }
  return (
    <form
      role="search"
      aria-label="Werkgevers zoeken"
      className="werkbrug-filters"
      onSubmit={handleSubmit}
    >
      <TextField
        id="werkgever-zoek"
        label="Naam of KvK-nummer"
        type="search"
        value={draft.search}
        onChange={(search) => setDraft((current) => ({ ...current, search }))}
      />
      <SelectField
        id="werkgever-sector"
        label="Sector"
        emptyLabel="Markt en overheid"
        options={SECTOR_OPTIONS}
        value={draft.sector}
        onChange={(sector) => setDraft((current) => ({ ...current, sector }))}
      />
      <CheckboxField
        id="werkgever-mijn"
        label="Alleen werkgevers waarvan ik accountmanager ben"
        checked={draft.mine}
        onChange={(mine) => setDraft((current) => ({ ...current, mine }))}
      />
      <ButtonGroup className="werkbrug-filters__actions">
        <Button type="submit" appearance="primary-action-button">
          Zoeken
        </Button>
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => onApply({ search: '', sector: '', mine: false })}
        >
          Filters wissen
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** The employers of the user's regions (the WSP's CRM). */
export function EmployerListPage() {
  usePageTitle('Werkgevers');
  const viewer = useViewer();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFrom(searchParams);
  const { data, error, networkStatus, refetch, fetchMore } = useQuery(EmployerListPageQuery, {
    variables: {
      first: 25,
      after: null,
      search: filters.search || null,
      sector: filters.sector || null,
      accountManagerId: filters.mine ? viewer.id : null,
    },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.employers;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  function loadMore() {
    if (!connection?.pageInfo.endCursor) return;
    void fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        employers: {
          ...fetchMoreResult.employers,
          nodes: [...previous.employers.nodes, ...fetchMoreResult.employers.nodes],
        },
      }),
    });
  }

  function renderResults() {
    if (error && !connection) return <LoadError error={error} onRetry={() => refetch()} />;
    if (!connection) return <LoadingState />;
    const count = connection.totalCount;
    return (
      <>
        <Paragraph role="status">
          {count} {count === 1 ? 'werkgever' : 'werkgevers'} gevonden.
        </Paragraph>
        {connection.nodes.length === 0 ? (
          <Paragraph>Er zijn geen werkgevers die passen bij uw zoekopdracht.</Paragraph>
        ) : (
          <EmployerTable caption="Werkgevers" employers={connection.nodes} />
        )}
        {connection.pageInfo.hasNextPage && (
          <Button appearance="secondary-action-button" busy={loadingMore} onClick={loadMore}>
            {loadingMore ? 'Bezig met laden…' : 'Meer werkgevers laden'}
          </Button>
        )}
        {error && <LoadError error={error} />}
      </>
    );
  }

  return (
    <>
      <Heading level={1}>Werkgevers</Heading>
      <EmployerFilterForm
        key={searchParams.toString()}
        filters={filters}
        onApply={(next) => setSearchParams(paramsFrom(next))}
      />
      <section aria-labelledby="resultaten">
        <Heading level={2} id="resultaten">
          Resultaten
        </Heading>
        {renderResults()}
      </section>
    </>
  );
}
