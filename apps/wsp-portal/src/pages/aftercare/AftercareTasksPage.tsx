import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
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
import { addDays, AFTERCARE_KIND_LABELS } from '@werkbrug/domain-rules';
import { RouterLink, usePageTitle, useSession } from '@werkbrug/ui';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql/index.js';
import type { AftercareTasksPageQuery as AftercareTasksPageData } from '../../gql/graphql.js';
import { checkInStatusText } from '../../modules/aftercare/components/AftercareSchedule.js';
import { RadioGroupField } from '../../modules/common/components/fields.js';
import { PagedResults } from '../../modules/common/components/PagedResults.js';
import { formatDate, todayIso } from '../../modules/common/dates.js';

export const AftercareTasksPageQuery = graphql(`
  query AftercareTasksPage($mine: Boolean!, $dueBefore: String, $first: Int!, $after: String) {
    aftercareTasks(mine: $mine, dueBefore: $dueBefore, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        checkIn {
          id
          kind
          dueDate
          status
          completedOn
          overdue
          daysOverdue
        }
        placement {
          id
          candidateLabel
          jobSeekerName
          employerId
          employerName
          accountManagerName
          atRisk
          atRiskReason
        }
      }
    }
  }
`);

/** How far ahead the list looks: due within two weeks, and everything overdue. */
export const LOOK_AHEAD_DAYS = 14;

type Task = AftercareTasksPageData['aftercareTasks']['nodes'][number];
type Scope = 'mijn' | 'regio';

const SCOPE_OPTIONS = [
  {
    value: 'mijn' as const,
    label: 'Mijn werkgevers',
    description: 'Werkgevers waarvan u de accountmanager bent.',
  },
  { value: 'regio' as const, label: 'Mijn hele regio' },
];

function ScopeFilter({ scope, onApply }: { scope: Scope; onApply(scope: Scope): void }) {
  const [draft, setDraft] = useState<Scope>(scope);
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(draft);
  }
  return (
    <form
      role="search"
      aria-label="Nazorgtaken filteren"
      className="werkbrug-filters"
      onSubmit={handleSubmit}
    >
      <RadioGroupField<Scope>
        id="nazorg-bereik"
        legend="Welke plaatsingen"
        options={SCOPE_OPTIONS}
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

function TaskTable({ tasks }: { tasks: readonly Task[] }) {
  return (
    <Table className="werkbrug-table">
      <TableCaption>Nazorgcontacten, de eerst geplande (en te late) eerst</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Inwoner</TableHeaderCell>
          <TableHeaderCell scope="col">Werkgever</TableHeaderCell>
          <TableHeaderCell scope="col">Moment</TableHeaderCell>
          <TableHeaderCell scope="col">Gepland op</TableHeaderCell>
          <TableHeaderCell scope="col">Status</TableHeaderCell>
          <TableHeaderCell scope="col">Signaal</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {tasks.map(({ checkIn, placement }) => (
          <TableRow
            key={checkIn.id}
            className={placement.atRisk ? 'werkbrug-table__row--attention' : undefined}
          >
            <TableHeaderCell scope="row">
              <RouterLink to={`/plaatsingen/${placement.id}`}>
                {placement.jobSeekerName ?? placement.candidateLabel}
              </RouterLink>
            </TableHeaderCell>
            <TableCell>
              <RouterLink to={`/werkgevers/${placement.employerId}`}>
                {placement.employerName}
              </RouterLink>
              {placement.accountManagerName && (
                <Paragraph>Accountmanager: {placement.accountManagerName}</Paragraph>
              )}
            </TableCell>
            <TableCell>{AFTERCARE_KIND_LABELS[checkIn.kind]}</TableCell>
            <TableCell>{formatDate(checkIn.dueDate)}</TableCell>
            <TableCell>
              {checkIn.overdue ? (
                <strong>{checkInStatusText(checkIn)}</strong>
              ) : (
                checkInStatusText(checkIn)
              )}
            </TableCell>
            <TableCell>
              {placement.atRisk ? <strong>In gevaar: {placement.atRiskReason}</strong> : 'Geen'}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The aftercare check-ins due within two weeks or overdue, for the user's employers or whole region. */
export function AftercareTasksPage() {
  usePageTitle('Nazorg');
  const [searchParams, setSearchParams] = useSearchParams();
  // Only account managers have employers of their own; consultants see their region.
  const managesEmployers = useSession().viewer?.roles.includes('ACCOUNT_MANAGER') ?? false;
  const scope: Scope =
    managesEmployers && searchParams.get('bereik') !== 'regio' ? 'mijn' : 'regio';
  const dueBefore = addDays(todayIso(), LOOK_AHEAD_DAYS);
  const { data, error, networkStatus, refetch, fetchMore } = useQuery(AftercareTasksPageQuery, {
    variables: { mine: scope === 'mijn', dueBefore, first: 25, after: null },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.aftercareTasks;
  const atRisk = new Set(
    connection?.nodes.filter((task) => task.placement.atRisk).map((task) => task.placement.id),
  );

  function loadMore() {
    if (!connection?.pageInfo.endCursor) return;
    void fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        aftercareTasks: {
          ...fetchMoreResult.aftercareTasks,
          nodes: [...previous.aftercareTasks.nodes, ...fetchMoreResult.aftercareTasks.nodes],
        },
      }),
    });
  }

  return (
    <>
      <Heading level={1}>Nazorg</Heading>
      <Paragraph>
        Nazorgcontacten die te laat zijn of binnen twee weken gepland staan (tot en met{' '}
        {formatDate(dueBefore)}). Open een plaatsing om het contact vast te leggen.
      </Paragraph>
      {managesEmployers && (
        <ScopeFilter
          key={scope}
          scope={scope}
          onApply={(next) => setSearchParams(next === 'regio' ? { bereik: 'regio' } : {})}
        />
      )}
      <section aria-labelledby="taken">
        <Heading level={2} id="taken">
          Te doen
        </Heading>
        {atRisk.size > 0 && (
          <Paragraph>
            <strong>
              {atRisk.size} {atRisk.size === 1 ? 'plaatsing is' : 'plaatsingen zijn'} in gevaar.
            </strong>{' '}
            Neem daar als eerste contact op.
          </Paragraph>
        )}
        <PagedResults
          connection={connection}
          error={error}
          loadingMore={networkStatus === NetworkStatus.fetchMore}
          onRetry={() => refetch()}
          onLoadMore={loadMore}
          noun={{ one: 'nazorgcontact', many: 'nazorgcontacten' }}
          empty="Er staan geen nazorgcontacten open in deze periode."
        >
          {(tasks) => <TaskTable tasks={tasks} />}
        </PagedResults>
      </section>
    </>
  );
}
