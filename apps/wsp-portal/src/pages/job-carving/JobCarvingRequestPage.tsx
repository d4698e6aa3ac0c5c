import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Heading,
  OrderedList,
  OrderedListItem,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import {
  COMPETENCE_REQUIREMENT_LABELS,
  JOB_CARVING_REASON_LABELS,
  JOB_CARVING_STATUS_LABELS,
  TASK_COMPLEXITY_LABELS,
} from '@werkbrug/domain-rules';
import { LoadError, LoadingState, RouterLink, usePageTitle } from '@werkbrug/ui';
import { useState } from 'react';
import { useParams } from 'react-router';
import { graphql } from '../../gql/index.js';
import type {
  CreateVacancyFromJobCarvingInput,
  JobCarvingRequest_RequestFragment as Request,
  ProposeJobCarvingRoleInput,
  RecordJobCarvingAnalysisInput,
} from '../../gql/graphql.js';
import { Facts } from '../../modules/common/components/Facts.js';
import { LoadingPage, QueryErrorPage } from '../../modules/common/components/PageStates.js';
import { formatDate, formatMoment, todayIso } from '../../modules/common/dates.js';
import { actionErrorFrom } from '../../modules/common/errors.js';
import { formatHours, yesNo } from '../../modules/common/format.js';
import { CarvedRoleComposer } from '../../modules/job-carving/components/CarvedRoleComposer.js';
import { JobCarvingVacancyForm } from '../../modules/job-carving/components/JobCarvingVacancyForm.js';
import { TaskAnalysisForm } from '../../modules/job-carving/components/TaskAnalysisForm.js';
import {
  CreateVacancyFromJobCarvingMutation,
  ProposeJobCarvingRoleMutation,
  RecordJobCarvingAnalysisMutation,
} from '../../modules/job-carving/graphql/jobCarving.js';

export const JobCarvingRequestPageQuery = graphql(`
  query JobCarvingRequestPage($id: ID!) {
    jobCarvingRequest(id: $id) {
      ...JobCarvingRequest_request
    }
  }
`);

/** The employer's active locations, for the vacancy made from an accepted role. */
export const JobCarvingRequestPageLocationsQuery = graphql(`
  query JobCarvingRequestPageLocations($employerId: ID!) {
    employer(id: $employerId) {
      id
      locations {
        id
        name
        city
      }
    }
  }
`);

const TITLE = 'Jobcarving-verzoek';

/** "4 mei 2026" for a moment, as the day it was in the Netherlands. */
const dayOf = (moment: string) => formatDate(todayIso(new Date(moment)));

/** What the account manager does next, per status. */
const NEXT_STEP: Record<Request['status'], string> = {
  SUBMITTED: 'Bekijk het werk op de afdeling en leg de taakanalyse vast; daarmee start de analyse.',
  ANALYSING:
    'Stel met de afgesplitste taken een nieuwe functie samen en stuur die als voorstel naar de werkgever.',
  PROPOSED:
    'Het voorstel ligt bij de werkgever. Zodra die het aanvaardt, kunt u de vacature aanmaken.',
  ACCEPTED: 'De werkgever heeft het voorstel aanvaard. Maak er een garantiebaan van.',
  VACANCY_CREATED: 'Van het voorstel is een vacature gemaakt.',
  REJECTED: 'Dit verzoek is afgewezen en wordt niet verder behandeld.',
};

function Jobs({ request }: { request: Request }) {
  return (
    <section aria-labelledby="werk" className="werkbrug-stack">
      <Heading level={2} id="werk">
        Het werk volgens de werkgever
      </Heading>
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
            {job.tasks.map((task, index) => (
              <TableRow key={index}>
                <TableHeaderCell scope="row">{task.name}</TableHeaderCell>
                <TableCell>{task.sharePercent} %</TableCell>
                <TableCell>{TASK_COMPLEXITY_LABELS[task.complexity]}</TableCell>
                <TableCell>{yesNo(task.splittable)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ))}
    </section>
  );
}

function Proposal({ proposal }: { proposal: NonNullable<Request['proposal']> }) {
  return (
    <section aria-labelledby="voorstel" className="werkbrug-stack">
      <Heading level={2} id="voorstel">
        Voorstel: {proposal.title}
      </Heading>
      <Facts
        facts={[
          { label: 'Uren per week', value: formatHours(proposal.hoursPerWeek) },
          {
            label: 'Voorgesteld door',
            value: `${proposal.proposedByName} op ${dayOf(proposal.proposedAt)}`,
          },
          {
            label: 'Taken',
            value: (
              <UnorderedList>
                {proposal.tasks.map((task) => (
                  <UnorderedListItem key={`${task.jobId}-${task.taskIndex}`}>
                    {task.taskName} (nu bij {task.jobTitle})
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            ),
          },
          {
            label: 'Competenties',
            value:
              proposal.competences.length === 0 ? (
                'Geen'
              ) : (
                <UnorderedList>
                  {proposal.competences.map((competence) => (
                    <UnorderedListItem key={competence.competenceCode}>
                      {competence.competenceName}: minstens niveau {competence.minLevel} (
                      {COMPETENCE_REQUIREMENT_LABELS[competence.requirement].toLowerCase()})
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
              ),
          },
        ]}
      />
      <Paragraph className="werkbrug-preserve-lines">{proposal.description}</Paragraph>
    </section>
  );
}

function History({ request }: { request: Request }) {
  return (
    <section aria-labelledby="verloop">
      <Heading level={2} id="verloop">
        Verloop
      </Heading>
      {request.history.length === 0 ? (
        <Paragraph>Nog geen stappen vastgelegd.</Paragraph>
      ) : (
        <OrderedList>
          {request.history.map((change) => (
            <OrderedListItem key={`${change.changedAt}-${change.toStatus}`}>
              {formatMoment(change.changedAt)}: {JOB_CARVING_STATUS_LABELS[change.toStatus]} (
              {change.changedByName})
              {change.note && (
                <>
                  <br />
                  {change.note}
                </>
              )}
            </OrderedListItem>
          ))}
        </OrderedList>
      )}
    </section>
  );
}

function VacancyStep({ request }: { request: Request }) {
  const locations = useQuery(JobCarvingRequestPageLocationsQuery, {
    variables: { employerId: request.employer.id },
  });
  const [create, { loading }] = useMutation(CreateVacancyFromJobCarvingMutation, {
    // The new vacancy belongs in the vacancy lists: load them again when shown.
    update: (cache) => cache.evict({ fieldName: 'vacancies' }),
  });
  async function handleSubmit(input: CreateVacancyFromJobCarvingInput) {
    try {
      await create({ variables: { id: request.id, input } });
      return null;
    } catch (error) {
      return actionErrorFrom(error);
    }
  }
  if (!request.proposal) {
    return (
      <Paragraph>
        Bij dit verzoek is geen samengestelde functie bewaard. Maak de vacature aan vanaf de pagina
        van de werkgever.
      </Paragraph>
    );
  }
  if (locations.loading) return <LoadingState />;
  if (locations.error || !locations.data)
    return <LoadError error={locations.error} onRetry={() => locations.refetch()} />;
  return (
    <JobCarvingVacancyForm
      proposal={request.proposal}
      locations={locations.data.employer.locations}
      saving={loading}
      onSubmit={handleSubmit}
    />
  );
}

function Loaded({ request }: { request: Request }) {
  usePageTitle(`${TITLE} ${request.department} - ${request.employer.name}`);
  const [notice, setNotice] = useState<string | null>(null);
  const [analyse, analysing] = useMutation(RecordJobCarvingAnalysisMutation);
  const [propose, proposing] = useMutation(ProposeJobCarvingRoleMutation);

  async function run(action: () => Promise<unknown>, done: string) {
    try {
      await action();
      setNotice(done);
      return null;
    } catch (error) {
      setNotice(null);
      return actionErrorFrom(error);
    }
  }

  const analysed = request.analysis;
  const headcount = new Map(request.jobs.map((job) => [job.id, job.headcount]));
  const carvable = (analysed?.tasks ?? [])
    .filter((task) => task.splittable)
    .map((task) => ({ ...task, headcount: headcount.get(task.jobId) ?? 1 }));

  return (
    <>
      <Paragraph>
        <RouterLink to="/inbox">Terug naar de inbox</RouterLink>
      </Paragraph>
      <Heading level={1}>
        {TITLE} {request.department}
      </Heading>
      <Facts
        facts={[
          {
            label: 'Werkgever',
            value: (
              <RouterLink to={`/werkgevers/${request.employer.id}`}>
                {request.employer.name}
              </RouterLink>
            ),
          },
          { label: 'Status', value: JOB_CARVING_STATUS_LABELS[request.status] },
          {
            label: 'Aanleiding',
            value: request.reason ? JOB_CARVING_REASON_LABELS[request.reason] : 'Niet opgegeven',
          },
          { label: 'Ingediend op', value: dayOf(request.createdAt) },
          ...(request.vacancy
            ? [
                {
                  label: 'Vacature',
                  value: (
                    <RouterLink to={`/vacatures/${request.vacancy.id}`}>
                      {request.vacancy.title}
                    </RouterLink>
                  ),
                },
              ]
            : []),
        ]}
      />
      {notice && (
        <Alert type="ok" role="status">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      <Alert type="info">
        <Paragraph>{NEXT_STEP[request.status]}</Paragraph>
      </Alert>
      {request.proposal && <Proposal proposal={request.proposal} />}
      {request.status === 'ACCEPTED' && (
        <section aria-labelledby="vacature" className="werkbrug-stack">
          <Heading level={2} id="vacature">
            Vacature aanmaken
          </Heading>
          <VacancyStep request={request} />
        </section>
      )}
      {request.status === 'ANALYSING' && analysed && (
        <section aria-labelledby="samenstellen" className="werkbrug-stack">
          <Heading level={2} id="samenstellen">
            Nieuwe functie samenstellen
          </Heading>
          {carvable.length === 0 ? (
            <Paragraph>
              In de analyse is nog geen taak afgesplitst. Vink in de taakanalyse hieronder aan welke
              taken naar de nieuwe functie gaan.
            </Paragraph>
          ) : (
            <CarvedRoleComposer
              key={analysed.recordedAt}
              tasks={carvable}
              saving={proposing.loading}
              onSubmit={(input: ProposeJobCarvingRoleInput) =>
                run(
                  () => propose({ variables: { id: request.id, input } }),
                  'Het voorstel is naar de werkgever verstuurd.',
                )
              }
            />
          )}
        </section>
      )}
      {(request.status === 'SUBMITTED' || request.status === 'ANALYSING') && (
        <section aria-labelledby="analyse" className="werkbrug-stack">
          <Heading level={2} id="analyse">
            Taakanalyse
          </Heading>
          {analysed && (
            <Paragraph>
              Vastgelegd door {analysed.recordedByName} op {formatMoment(analysed.recordedAt)}.
            </Paragraph>
          )}
          <TaskAnalysisForm
            key={analysed?.recordedAt ?? 'new'}
            jobs={request.jobs}
            analysis={analysed ?? null}
            saving={analysing.loading}
            submitLabel={analysed ? 'Analyse bijwerken' : 'Analyse vastleggen en starten'}
            onSubmit={(input: RecordJobCarvingAnalysisInput) =>
              run(
                () => analyse({ variables: { id: request.id, input } }),
                'De taakanalyse is vastgelegd.',
              )
            }
          />
        </section>
      )}
      <Jobs request={request} />
      <History request={request} />
    </>
  );
}

export function JobCarvingRequestPage() {
  const { requestId = '' } = useParams();
  const { data, error, refetch } = useQuery(JobCarvingRequestPageQuery, {
    variables: { id: requestId },
  });
  if (data) return <Loaded request={data.jobCarvingRequest} />;
  if (error) return <QueryErrorPage title={TITLE} error={error} onRetry={() => refetch()} />;
  return <LoadingPage title={TITLE} />;
}
