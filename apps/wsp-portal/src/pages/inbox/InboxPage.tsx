import { useQuery } from '@apollo/client/react';
import {
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
import { JOB_CARVING_STATUS_LABELS, VACANCY_KIND_LABELS } from '@werkbrug/domain-rules';
import { LoadError, LoadingState, RouterLink, usePageTitle } from '@werkbrug/ui';
import { useState } from 'react';
import { graphql } from '../../gql/index.js';
import type { InboxPageQuery as InboxPageData } from '../../gql/graphql.js';
import { addDaysIso, formatDate, todayIso } from '../../modules/common/dates.js';

/** How far back the inbox looks for new vacancies. */
export const NEW_VACANCY_DAYS = 14;
const PAGE = 50;

/**
 * What needs the account manager: vacancies opened (status OPEN) and created in the last 14 days,
 * and job-carving requests waiting for a WSP step: SUBMITTED (analyse), ANALYSING (propose a
 * role), ACCEPTED (create the vacancy). The API keeps both to the viewer's regions.
 */
export const InboxPageQuery = graphql(`
  query InboxPage($createdSince: String!, $first: Int!) {
    vacancies(status: OPEN, createdSince: $createdSince, first: $first) {
      totalCount
      nodes {
        id
        title
        kind
        createdAt
        employer {
          id
          name
        }
      }
    }
    submitted: jobCarvingRequests(status: SUBMITTED, first: $first) {
      ...InboxPage_requests
    }
    analysing: jobCarvingRequests(status: ANALYSING, first: $first) {
      ...InboxPage_requests
    }
    accepted: jobCarvingRequests(status: ACCEPTED, first: $first) {
      ...InboxPage_requests
    }
  }

  fragment InboxPage_requests on JobCarvingRequestConnection {
    totalCount
    nodes {
      id
      department
      status
      createdAt
      updatedAt
      employer {
        id
        name
      }
    }
  }
`);

const TITLE = 'Inbox';
const dayOf = (moment: string) => formatDate(todayIso(new Date(moment)));

type Requests = InboxPageData['submitted']['nodes'];

function JobCarvingRequests({ data }: { data: InboxPageData }) {
  // Longest waiting first.
  const requests: Requests = [
    ...data.submitted.nodes,
    ...data.analysing.nodes,
    ...data.accepted.nodes,
  ].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
  const total = data.submitted.totalCount + data.analysing.totalCount + data.accepted.totalCount;
  return (
    <section aria-labelledby="inbox-jobcarving" className="werkbrug-stack">
      <Heading level={2} id="inbox-jobcarving">
        Jobcarving-verzoeken ({total})
      </Heading>
      {requests.length === 0 ? (
        <Paragraph>Er wachten geen jobcarving-verzoeken op u.</Paragraph>
      ) : (
        <Table>
          <TableCaption>
            Verzoeken die wachten op analyse, een voorstel of een vacature
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Verzoek</TableHeaderCell>
              <TableHeaderCell scope="col">Werkgever</TableHeaderCell>
              <TableHeaderCell scope="col">Status</TableHeaderCell>
              <TableHeaderCell scope="col">Ingediend</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {requests.map((request) => (
              <TableRow key={request.id}>
                <TableHeaderCell scope="row">
                  <RouterLink to={`/jobcarving/${request.id}`}>
                    {request.department}, {request.employer.name}
                  </RouterLink>
                </TableHeaderCell>
                <TableCell>{request.employer.name}</TableCell>
                <TableCell>{JOB_CARVING_STATUS_LABELS[request.status]}</TableCell>
                <TableCell>{dayOf(request.createdAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {total > requests.length && (
        <Paragraph>
          De {requests.length} verzoeken die het langst wachten staan hierboven.
        </Paragraph>
      )}
    </section>
  );
}

function NewVacancies({ vacancies }: { vacancies: InboxPageData['vacancies'] }) {
  const newest = [...vacancies.nodes].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section aria-labelledby="inbox-vacatures" className="werkbrug-stack">
      <Heading level={2} id="inbox-vacatures">
        Nieuwe vacatures ({vacancies.totalCount})
      </Heading>
      <Paragraph>
        Open vacatures die in de afgelopen {NEW_VACANCY_DAYS} dagen zijn aangemaakt.
      </Paragraph>
      {newest.length === 0 ? (
        <Paragraph>Er zijn geen nieuwe vacatures.</Paragraph>
      ) : (
        <Table>
          <TableCaption>Nieuwe open vacatures, nieuwste eerst</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Vacature</TableHeaderCell>
              <TableHeaderCell scope="col">Werkgever</TableHeaderCell>
              <TableHeaderCell scope="col">Soort</TableHeaderCell>
              <TableHeaderCell scope="col">Aangemaakt</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {newest.map((vacancy) => (
              <TableRow key={vacancy.id}>
                <TableHeaderCell scope="row">
                  <RouterLink to={`/vacatures/${vacancy.id}`}>{vacancy.title}</RouterLink>
                </TableHeaderCell>
                <TableCell>{vacancy.employer.name}</TableCell>
                <TableCell>{VACANCY_KIND_LABELS[vacancy.kind]}</TableCell>
                <TableCell>{dayOf(vacancy.createdAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

export function InboxPage() {
  usePageTitle(TITLE);
  const [createdSince] = useState(() => addDaysIso(todayIso(), -NEW_VACANCY_DAYS));
  const { data, error, refetch } = useQuery(InboxPageQuery, {
    variables: { createdSince, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <>
      <Heading level={1}>{TITLE}</Heading>
      <Paragraph>Wat op u wacht in uw regio&apos;s.</Paragraph>
      {data ? (
        <>
          <JobCarvingRequests data={data} />
          <NewVacancies vacancies={data.vacancies} />
        </>
      ) : error ? (
        <LoadError error={error} onRetry={() => refetch()} />
      ) : (
        <LoadingState />
      )}
    </>
  );
}
