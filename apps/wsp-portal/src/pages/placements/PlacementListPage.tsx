import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { CONTRACT_TYPE_LABELS, PLACEMENT_INSTRUMENT_LABELS } from '@werkbrug/domain-rules';
import { formatNumber, RouterLink, usePageTitle } from '@werkbrug/ui';
import { useState, type FormEvent } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { graphql } from '../../gql/index.js';
import type { PlacementListPageQuery as PlacementListPageData } from '../../gql/graphql.js';
import { SelectField } from '../../modules/common/components/fields.js';
import { PagedResults } from '../../modules/common/components/PagedResults.js';
import { formatDate } from '../../modules/common/dates.js';
import { formatHours, personName } from '../../modules/common/format.js';

export const PlacementListPageQuery = graphql(`
  query PlacementListPage($first: Int!, $after: String, $active: Boolean) {
    placements(first: $first, after: $after, active: $active) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        active
        contractType
        hoursPerWeek
        startDate
        endDate
        instruments
        banenafspraakJobs
        jobSeeker {
          id
          candidateLabel
          firstName
          lastName
        }
        employer {
          id
          name
        }
        vacancy {
          id
          title
        }
      }
    }
  }
`);

/** What the page that registered a placement tells this page to show, in the location state. */
export interface PlacementFlash {
  saved?: string;
  /** The placement just registered, to open its aftercare schedule. */
  placementId?: string;
}

type Placement = PlacementListPageData['placements']['nodes'][number];
type Period = '' | 'lopend' | 'beeindigd';

const PERIOD_OPTIONS = [
  { value: 'lopend' as const, label: 'Lopend' },
  { value: 'beeindigd' as const, label: 'Beëindigd' },
];

function periodFrom(params: URLSearchParams): Period {
  const value = params.get('periode');
  return value === 'lopend' || value === 'beeindigd' ? value : '';
}

function PeriodFilter({ period, onApply }: { period: Period; onApply(period: Period): void }) {
  const [draft, setDraft] = useState<Period>(period);
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(draft);
  }
  return (
    <form
      role="search"
      aria-label="Plaatsingen filteren"
      className="werkbrug-filters"
      onSubmit={handleSubmit}
    >
      <SelectField<Exclude<Period, ''>>
        id="plaatsing-periode"
        label="Plaatsingen"
        emptyLabel="Alle"
        options={PERIOD_OPTIONS}
        value={draft}
        onChange={setDraft}
      />
      <ButtonGroup className="werkbrug-filters__actions">
        <Button type="submit" appearance="primary-action-button">
          Tonen
        </Button>
      </ButtonGroup>
    </form>
  );
}

function PlacementTable({ placements }: { placements: readonly Placement[] }) {
  return (
    <Table className="werkbrug-table">
      <TableCaption>Plaatsingen, de vroegste eerst</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Inwoner</TableHeaderCell>
          <TableHeaderCell scope="col">Werkgever</TableHeaderCell>
          <TableHeaderCell scope="col">Functie</TableHeaderCell>
          <TableHeaderCell scope="col">Contract</TableHeaderCell>
          <TableHeaderCell scope="col">Uren per week</TableHeaderCell>
          <TableHeaderCell scope="col">Periode</TableHeaderCell>
          <TableHeaderCell scope="col">Instrumenten</TableHeaderCell>
          <TableHeaderCell scope="col">Banen (banenafspraak)</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {placements.map((placement) => (
          <TableRow key={placement.id}>
            <TableHeaderCell scope="row">
              {placement.jobSeeker.id ? (
                <RouterLink to={`/inwoners/${placement.jobSeeker.id}`}>
                  {personName(placement.jobSeeker)}
                </RouterLink>
              ) : (
                personName(placement.jobSeeker)
              )}
            </TableHeaderCell>
            <TableCell>
              <RouterLink to={`/werkgevers/${placement.employer.id}`}>
                {placement.employer.name}
              </RouterLink>
            </TableCell>
            <TableCell>
              <RouterLink to={`/plaatsingen/${placement.id}`}>
                {placement.vacancy?.title ?? 'Geen vacature'}
              </RouterLink>
            </TableCell>
            <TableCell>{CONTRACT_TYPE_LABELS[placement.contractType]}</TableCell>
            <TableCell>{formatHours(placement.hoursPerWeek)}</TableCell>
            <TableCell>
              {formatDate(placement.startDate)} tot{' '}
              {placement.endDate ? `en met ${formatDate(placement.endDate)}` : 'nu'}
            </TableCell>
            <TableCell>
              {placement.instruments
                .map((instrument) => PLACEMENT_INSTRUMENT_LABELS[instrument])
                .join(', ') || 'Geen'}
            </TableCell>
            <TableCell>{formatNumber(placement.banenafspraakJobs, 1)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The placements of the user's regions: the basis of the region's results. */
export function PlacementListPage() {
  usePageTitle('Plaatsingen');
  const flash = useLocation().state as PlacementFlash | null;
  const saved = flash?.saved;
  const [searchParams, setSearchParams] = useSearchParams();
  const period = periodFrom(searchParams);
  const { data, error, networkStatus, refetch, fetchMore } = useQuery(PlacementListPageQuery, {
    variables: { first: 25, after: null, active: period === '' ? null : period === 'lopend' },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.placements;

  function loadMore() {
    if (!connection?.pageInfo.endCursor) return;
    void fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        placements: {
          ...fetchMoreResult.placements,
          nodes: [...previous.placements.nodes, ...fetchMoreResult.placements.nodes],
        },
      }),
    });
  }

  return (
    <>
      <Heading level={1}>Plaatsingen</Heading>
      {saved && (
        <Alert type="ok">
          <Paragraph>{saved}</Paragraph>
          {flash?.placementId && (
            <Paragraph>
              <RouterLink to={`/plaatsingen/${flash.placementId}`}>
                Naar de plaatsing en de nazorg
              </RouterLink>
            </Paragraph>
          )}
        </Alert>
      )}
      <Paragraph>
        Een nieuwe plaatsing registreert u vanuit de introductie bij de vacature.
      </Paragraph>
      <PeriodFilter
        key={period}
        period={period}
        onApply={(next) => setSearchParams(next ? { periode: next } : {})}
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
          noun={{ one: 'plaatsing', many: 'plaatsingen' }}
          empty="Er zijn geen plaatsingen die hierbij passen."
        >
          {(placements) => <PlacementTable placements={placements} />}
        </PagedResults>
      </section>
    </>
  );
}
