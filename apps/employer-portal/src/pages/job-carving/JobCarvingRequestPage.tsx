import { useQuery } from '@apollo/client/react';
import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  OrderedList,
  OrderedListItem,
  Paragraph,
  Table,
  TableBody,
  UnorderedList,
  UnorderedListItem,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import {
  COMPETENCE_REQUIREMENT_LABELS,
  JOB_CARVING_REASON_LABELS,
  JOB_CARVING_STATUS_LABELS,
  TASK_COMPLEXITY_LABELS,
} from '@werkbrug/domain-rules';
import {
  formatDate,
  formatNumber,
  isNotFound,
  LoadError,
  LoadingState,
  NotFoundPage,
  RouterLink,
  usePageTitle,
} from '@werkbrug/ui';
import { useParams } from 'react-router';
import { graphql } from '../../gql/index.js';
import type { JobCarvingRequestPageQuery as PageData } from '../../gql/graphql.js';
import { NoticeAlert } from '../../modules/common/NoticeAlert.js';
import { JobCarvingStatusBadge } from '../../modules/job-carving/components/JobCarvingStatusBadge.js';
import { ProposalAnswer } from '../../modules/job-carving/components/ProposalAnswer.js';

export const JobCarvingRequestPageQuery = graphql(`
  query JobCarvingRequestPage($id: ID!) {
    jobCarvingRequest(id: $id) {
      id
      department
      reason
      notes
      status
      createdAt
      updatedAt
      carvableHoursPerWeek
      carvableTasks {
        jobId
        jobTitle
        taskName
        sharePercent
        headcount
        hoursPerWeek
        totalHoursPerWeek
      }
      jobs {
        id
        title
        headcount
        tasks {
          name
          sharePercent
          complexity
          splittable
        }
      }
      proposal {
        title
        description
        hoursPerWeek
        tasks {
          jobId
          taskIndex
          jobTitle
          taskName
        }
        competences {
          competenceCode
          competenceName
          minLevel
          requirement
        }
      }
      history {
        changedAt
        changedByName
        fromStatus
        toStatus
        note
      }
      vacancy {
        id
        title
      }
    }
  }
`);

type Request = PageData['jobCarvingRequest'];

/** What happens next, in the employer's words. */
const NEXT_STEP: Record<Request['status'], string> = {
  SUBMITTED: 'Het werkgeversservicepunt heeft uw verzoek ontvangen en neemt contact met u op.',
  ANALYSING: 'Het werkgeversservicepunt analyseert het werk op uw afdeling.',
  PROPOSED:
    'Het werkgeversservicepunt heeft een nieuwe functie voorgesteld. Wilt u het voorstel bekijken en beantwoorden?',
  ACCEPTED: 'U heeft het voorstel aanvaard. Het werkgeversservicepunt maakt er een vacature van.',
  VACANCY_CREATED: 'Van het voorstel is een vacature gemaakt.',
  REJECTED: 'Dit verzoek is afgewezen en wordt niet verder behandeld.',
};

function ComposedRole({ proposal }: { proposal: NonNullable<Request['proposal']> }) {
  return (
    <section aria-labelledby="voorstel" className="werkbrug-stack">
      <Heading level={2} id="voorstel">
        Het voorstel: {proposal.title}
      </Heading>
      <Paragraph className="werkbrug-preserve-lines">{proposal.description}</Paragraph>
      <DataList>
        <DataListItem>
          <DataListKey>Uren per week</DataListKey>
          <DataListValue>{formatNumber(proposal.hoursPerWeek)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Taken die de nieuwe functie overneemt</DataListKey>
          <DataListValue>
            <UnorderedList>
              {proposal.tasks.map((task) => (
                <UnorderedListItem key={`${task.jobId}-${task.taskIndex}`}>
                  {task.taskName} (nu gedaan door {task.jobTitle})
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </DataListValue>
        </DataListItem>
        {proposal.competences.length > 0 && (
          <DataListItem>
            <DataListKey>Gevraagde competenties</DataListKey>
            <DataListValue>
              <UnorderedList>
                {proposal.competences.map((competence) => (
                  <UnorderedListItem key={competence.competenceCode}>
                    {competence.competenceName}: minstens niveau {competence.minLevel} (
                    {COMPETENCE_REQUIREMENT_LABELS[competence.requirement].toLowerCase()})
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </DataListValue>
          </DataListItem>
        )}
      </DataList>
    </section>
  );
}

function Proposal({ request }: { request: Request }) {
  if (request.proposal) return <ComposedRole proposal={request.proposal} />;
  // Requests proposed before roles were composed: the note and the simple tasks.
  const proposal = [...request.history].reverse().find((change) => change.toStatus === 'PROPOSED');
  return (
    <section aria-labelledby="voorstel" className="werkbrug-stack">
      <Heading level={2} id="voorstel">
        Het voorstel
      </Heading>
      {proposal?.note && <Paragraph className="werkbrug-preserve-lines">{proposal.note}</Paragraph>}
      {request.carvableTasks.length > 0 && (
        <Table>
          <TableCaption>
            Eenvoudige taken voor de nieuwe functie: samen{' '}
            {formatNumber(request.carvableHoursPerWeek)} uur per week
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Taak</TableHeaderCell>
              <TableHeaderCell scope="col">Nu gedaan door</TableHeaderCell>
              <TableHeaderCell scope="col">Uren per week</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {request.carvableTasks.map((task) => (
              <TableRow key={`${task.jobId}-${task.taskName}`}>
                <TableHeaderCell scope="row">{task.taskName}</TableHeaderCell>
                <TableCell>
                  {task.jobTitle} ({task.headcount})
                </TableCell>
                <TableCell>{formatNumber(task.totalHoursPerWeek)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

function History({ request }: { request: Request }) {
  return (
    <section aria-labelledby="verloop">
      <Heading level={2} id="verloop">
        Verloop
      </Heading>
      <OrderedList>
        {request.history.map((change) => (
          <OrderedListItem key={`${change.changedAt}-${change.toStatus}`}>
            {formatDate(change.changedAt)}: {JOB_CARVING_STATUS_LABELS[change.toStatus]} (
            {change.changedByName})
            {change.note && change.toStatus !== 'PROPOSED' && (
              <>
                <br />
                {change.note}
              </>
            )}
          </OrderedListItem>
        ))}
      </OrderedList>
    </section>
  );
}

export function JobCarvingRequestPage() {
  const { id = '' } = useParams();
  const { data, error } = useQuery(JobCarvingRequestPageQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const request = data?.jobCarvingRequest;
  usePageTitle(request ? `Jobcarving-verzoek ${request.department}` : 'Jobcarving-verzoek');

  if (!request) {
    if (error && isNotFound(error)) return <NotFoundPage />;
    return (
      <>
        <Heading level={1}>Jobcarving-verzoek</Heading>
        {error ? (
          <LoadError>Dit verzoek kan nu niet worden getoond. Probeer het later opnieuw.</LoadError>
        ) : (
          <LoadingState />
        )}
      </>
    );
  }

  return (
    <>
      <Paragraph>
        <RouterLink to="/jobcarving">Alle jobcarving-verzoeken</RouterLink>
      </Paragraph>
      <Heading level={1}>Jobcarving-verzoek {request.department}</Heading>
      <NoticeAlert />
      <DataList>
        <DataListItem>
          <DataListKey>Status</DataListKey>
          <DataListValue>
            <JobCarvingStatusBadge status={request.status} />
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Ingediend op</DataListKey>
          <DataListValue>{formatDate(request.createdAt)}</DataListValue>
        </DataListItem>
        {request.reason && (
          <DataListItem>
            <DataListKey>Aanleiding</DataListKey>
            <DataListValue>{JOB_CARVING_REASON_LABELS[request.reason]}</DataListValue>
          </DataListItem>
        )}
        {request.vacancy && (
          <DataListItem>
            <DataListKey>Vacature</DataListKey>
            <DataListValue>
              <RouterLink to={`/vacatures/${request.vacancy.id}`}>
                {request.vacancy.title}
              </RouterLink>
            </DataListValue>
          </DataListItem>
        )}
      </DataList>
      {/* Part of the page, not news: announced with the page, not as an alert. */}
      <Alert type={request.status === 'PROPOSED' ? 'warning' : 'info'} role="status">
        <Paragraph>{NEXT_STEP[request.status]}</Paragraph>
      </Alert>
      {['PROPOSED', 'ACCEPTED', 'VACANCY_CREATED'].includes(request.status) && (
        <Proposal request={request} />
      )}
      {request.status === 'PROPOSED' && <ProposalAnswer requestId={request.id} />}

      <Heading level={2}>Uw beschrijving van het werk</Heading>
      {request.notes && <Paragraph className="werkbrug-preserve-lines">{request.notes}</Paragraph>}
      {request.jobs.map((job) => (
        <Table key={job.id}>
          <TableCaption>
            {job.title} ({job.headcount} {job.headcount === 1 ? 'medewerker' : 'medewerkers'})
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Taak</TableHeaderCell>
              <TableHeaderCell scope="col">Deel van de werktijd</TableHeaderCell>
              <TableHeaderCell scope="col">Complexiteit</TableHeaderCell>
              <TableHeaderCell scope="col">Af te splitsen</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {job.tasks.map((task) => (
              <TableRow key={task.name}>
                <TableHeaderCell scope="row">{task.name}</TableHeaderCell>
                <TableCell>{task.sharePercent} %</TableCell>
                <TableCell>{TASK_COMPLEXITY_LABELS[task.complexity]}</TableCell>
                <TableCell>{task.splittable ? 'Ja' : 'Nee'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ))}
      <History request={request} />
    </>
  );
}
