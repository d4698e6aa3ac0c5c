import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  ButtonGroup,
  Checkbox,
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
import {
  ErrorSummary,
  formatNumber,
  LoadError,
  LoadingState,
  RouterLink,
  usePageTitle,
} from '@werkbrug/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useHasRole } from '../../app/RequireRole.js';
import { graphql } from '../../gql/index.js';
import type {
  AcceptAssignmentPairsMutation as AcceptData,
  AssignmentPairOutcome,
  AssignmentProposalQuery as ProposalData,
} from '../../gql/graphql.js';
import { Facts } from '../../modules/common/components/Facts.js';
import { CheckboxField, SelectField } from '../../modules/common/components/fields.js';
import { LoadingPage, QueryErrorPage } from '../../modules/common/components/PageStates.js';
import { actionErrorFrom, type ActionError } from '../../modules/common/errors.js';
import { formatScore, personName } from '../../modules/common/format.js';

export const AssignmentPageQuery = graphql(`
  query AssignmentPage {
    viewer {
      id
      roles
      regionCodes
    }
    labourMarketRegions(active: true) {
      code
      name
    }
  }
`);

export const AssignmentProposalQuery = graphql(`
  query AssignmentProposal($id: ID!) {
    assignmentProposal(id: $id) {
      id
      regionCode
      status
      progress
      includeOtherRegions
      error
      result {
        totalScore
        greedyTotalScore
        gain
        gainPercent
        places
        placesFilled
        pairs {
          score
          vacancy {
            id
            title
            employerName
          }
          jobSeeker {
            id
            candidateLabel
            firstName
            lastName
          }
        }
      }
    }
  }
`);

export const StartAssignmentProposalMutation = graphql(`
  mutation StartAssignmentProposal($regionCode: String!, $includeOtherRegions: Boolean) {
    startAssignmentProposal(regionCode: $regionCode, includeOtherRegions: $includeOtherRegions) {
      id
      status
      progress
    }
  }
`);

export const AcceptAssignmentPairsMutation = graphql(`
  mutation AcceptAssignmentPairs($proposalId: ID!, $pairs: [AssignmentPairInput!]!) {
    acceptAssignmentPairs(proposalId: $proposalId, pairs: $pairs) {
      vacancyId
      jobSeekerId
      outcome
      introductionId
      message
    }
  }
`);

const TITLE = 'Regionale toewijzing';
const POLL_MS = 1000;

const OUTCOME_LABELS: Record<AssignmentPairOutcome, string> = {
  SHORTLISTED: 'Op de shortlist gezet',
  ALREADY_IN_PIPELINE: 'Overgeslagen: al in de pijplijn',
  NOT_IN_PROPOSAL: 'Overgeslagen: niet in het voorstel',
  REFUSED: 'Niet gelukt',
};

type Proposal = ProposalData['assignmentProposal'];
type Pair = NonNullable<Proposal['result']>['pairs'][number];
const pairKey = (pair: Pair) => `${pair.vacancy.id}:${pair.jobSeeker.id}`;
const personOf = (pair: Pair) =>
  pair.jobSeeker.firstName ? personName(pair.jobSeeker) : pair.jobSeeker.candidateLabel;

function StartForm({
  regions,
  onStarted,
}: {
  regions: readonly { code: string; name: string }[];
  onStarted(id: string): void;
}) {
  const [regionCode, setRegionCode] = useState(regions[0]?.code ?? '');
  const [includeOtherRegions, setIncludeOtherRegions] = useState(false);
  const [error, setError] = useState<ActionError | null>(null);
  const [start, { loading }] = useMutation(StartAssignmentProposalMutation);
  const errorRef = useRef<HTMLDivElement>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    if (!regionCode) {
      setError({ message: 'Kies een regio.', fields: { regionCode: 'Kies een regio.' } });
      return;
    }
    try {
      const { data } = await start({ variables: { regionCode, includeOtherRegions } });
      setError(null);
      if (data) onStarted(data.startAssignmentProposal.id);
    } catch (problem) {
      setError(actionErrorFrom(problem));
      setTimeout(() => errorRef.current?.focus(), 0);
    }
  }

  if (regions.length === 0) {
    return <Paragraph>Er is geen regio in uw werkgebied die meedoet aan matching.</Paragraph>;
  }
  return (
    <form
      className="werkbrug-form"
      noValidate
      onSubmit={(event) => void handleSubmit(event)}
      aria-labelledby="starten"
    >
      <Heading level={2} id="starten">
        Voorstel starten
      </Heading>
      <div ref={errorRef} tabIndex={-1}>
        {error && (
          <ErrorSummary
            message={error.message}
            items={Object.entries(error.fields).map(([, message]) => ({
              fieldId: 'regio',
              message,
            }))}
          />
        )}
      </div>
      <SelectField
        id="regio"
        label="Regio"
        options={regions.map((region) => ({
          value: region.code,
          label: `${region.name} (${region.code})`,
        }))}
        value={regionCode}
        onChange={(value) => setRegionCode(value)}
        error={error?.fields.regionCode}
      />
      <CheckboxField
        id="andere-regios"
        label="Ook inwoners uit andere regio's (binnen hun reisafstand)"
        checked={includeOtherRegions}
        onChange={setIncludeOtherRegions}
      />
      <Button type="submit" appearance="primary-action-button" busy={loading}>
        Voorstel starten
      </Button>
    </form>
  );
}

function Pairs({ proposal }: { proposal: Proposal }) {
  const result = proposal.result!;
  const canAccept = useHasRole('ACCOUNT_MANAGER');
  const [chosen, setChosen] = useState<string[]>([]);
  const [accept, { loading }] = useMutation(AcceptAssignmentPairsMutation);
  const [accepted, setAccepted] = useState<AcceptData['acceptAssignmentPairs'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const byKey = new Map(result.pairs.map((pair) => [pairKey(pair), pair]));

  async function handleAccept() {
    if (loading) return;
    if (chosen.length === 0) {
      setError('Kies ten minste één paar.');
      setTimeout(() => outcomeRef.current?.focus(), 0);
      return;
    }
    try {
      const pairs = chosen.map((key) => {
        const pair = byKey.get(key)!;
        return { vacancyId: pair.vacancy.id, jobSeekerId: pair.jobSeeker.id };
      });
      const { data } = await accept({ variables: { proposalId: proposal.id, pairs } });
      setError(null);
      setAccepted(data?.acceptAssignmentPairs ?? []);
      setChosen([]);
    } catch (problem) {
      setError(actionErrorFrom(problem).message);
    }
    setTimeout(() => outcomeRef.current?.focus(), 0);
  }

  return (
    <section aria-labelledby="paren">
      <Heading level={2} id="paren">
        Voorgestelde paren ({result.pairs.length})
      </Heading>
      <Facts
        facts={[
          { label: 'Plekken gevuld', value: `${result.placesFilled} van ${result.places}` },
          { label: 'Totale score', value: formatNumber(result.totalScore, 1) },
          { label: 'Beste-eerst (greedy)', value: formatNumber(result.greedyTotalScore, 1) },
          {
            label: 'Winst ten opzichte van beste-eerst',
            value: `${formatNumber(result.gain, 1)} (${formatNumber(result.gainPercent, 1)} %)`,
          },
        ]}
      />
      {result.pairs.length === 0 ? (
        <Paragraph>
          Het voorstel vond geen paren: er zijn geen passende inwoners voor de open plekken.
        </Paragraph>
      ) : (
        <>
          <Table className="werkbrug-table">
            <TableCaption>Voorgestelde paren, per vacature</TableCaption>
            <TableHeader>
              <TableRow>
                {canAccept && <TableHeaderCell scope="col">Kiezen</TableHeaderCell>}
                <TableHeaderCell scope="col">Vacature</TableHeaderCell>
                <TableHeaderCell scope="col">Inwoner</TableHeaderCell>
                <TableHeaderCell scope="col">Score</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.pairs.map((pair) => {
                const key = pairKey(pair);
                const checkboxId = `paar-${key.replace(':', '-')}`;
                return (
                  <TableRow key={key}>
                    {canAccept && (
                      <TableCell>
                        <Checkbox
                          id={checkboxId}
                          aria-label={`${personOf(pair)} voor ${pair.vacancy.title} kiezen`}
                          checked={chosen.includes(key)}
                          onChange={(event) =>
                            setChosen((current) =>
                              event.target.checked
                                ? [...current, key]
                                : current.filter((k) => k !== key),
                            )
                          }
                        />
                      </TableCell>
                    )}
                    <TableHeaderCell scope="row">
                      <RouterLink to={`/vacatures/${pair.vacancy.id}`}>
                        {pair.vacancy.title}
                      </RouterLink>{' '}
                      bij {pair.vacancy.employerName}
                    </TableHeaderCell>
                    <TableCell>{personOf(pair)}</TableCell>
                    <TableCell>{formatScore(pair.score)}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          {canAccept ? (
            <ButtonGroup>
              <Button
                appearance="secondary-action-button"
                onClick={() => setChosen(result.pairs.map(pairKey))}
              >
                Alle paren kiezen
              </Button>
              <Button
                appearance="primary-action-button"
                busy={loading}
                onClick={() => void handleAccept()}
              >
                Op shortlist zetten ({chosen.length})
              </Button>
            </ButtonGroup>
          ) : (
            <Paragraph>Een accountmanager zet gekozen paren op de shortlists.</Paragraph>
          )}
        </>
      )}
      <div ref={outcomeRef} tabIndex={-1}>
        {error && (
          <Alert type="error">
            <Paragraph>{error}</Paragraph>
          </Alert>
        )}
        {accepted && <AcceptedPairs accepted={accepted} byKey={byKey} />}
      </div>
    </section>
  );
}

function AcceptedPairs({
  accepted,
  byKey,
}: {
  accepted: AcceptData['acceptAssignmentPairs'];
  byKey: Map<string, Pair>;
}) {
  const shortlisted = accepted.filter((result) => result.outcome === 'SHORTLISTED').length;
  return (
    <Alert type={shortlisted === accepted.length ? 'ok' : 'warning'}>
      <Paragraph>
        {shortlisted} van {accepted.length} {accepted.length === 1 ? 'paar' : 'paren'} op de
        shortlist gezet.
      </Paragraph>
      <Table className="werkbrug-table">
        <TableCaption>Resultaat per paar</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Paar</TableHeaderCell>
            <TableHeaderCell scope="col">Resultaat</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {accepted.map((result) => {
            const pair = byKey.get(`${result.vacancyId}:${result.jobSeekerId}`);
            return (
              <TableRow key={`${result.vacancyId}:${result.jobSeekerId}`}>
                <TableHeaderCell scope="row">
                  {pair ? `${personOf(pair)} voor ${pair.vacancy.title}` : result.vacancyId}
                </TableHeaderCell>
                <TableCell>
                  {OUTCOME_LABELS[result.outcome]}
                  {result.outcome !== 'SHORTLISTED' && result.message && `: ${result.message}`}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Alert>
  );
}

function ProposalProgress({ id }: { id: string }) {
  const { data, error, refetch, startPolling, stopPolling } = useQuery(AssignmentProposalQuery, {
    variables: { id },
    pollInterval: POLL_MS,
  });
  const proposal = data?.assignmentProposal;
  const finished = proposal?.status === 'DONE' || proposal?.status === 'FAILED';
  useEffect(() => {
    if (finished) stopPolling();
    else startPolling(POLL_MS);
  }, [finished, startPolling, stopPolling]);

  if (!proposal) {
    return error ? (
      <LoadError error={error} onRetry={() => refetch()} />
    ) : (
      <LoadingState>Bezig met laden van het voorstel…</LoadingState>
    );
  }
  const percent = Math.round(proposal.progress * 100);
  return (
    <>
      <section aria-labelledby="voortgang">
        <Heading level={2} id="voortgang">
          Voortgang voor {proposal.regionCode}
        </Heading>
        <div className="werkbrug-progress">
          <label htmlFor="voortgang-balk">Berekend</label>{' '}
          <progress id="voortgang-balk" max={100} value={percent}>
            {percent} %
          </progress>{' '}
          <span aria-hidden="true">{percent} %</span>
        </div>
        <Paragraph role="status">
          {proposal.status === 'QUEUED' && 'Het voorstel staat in de wachtrij.'}
          {proposal.status === 'RUNNING' && `Bezig met berekenen: ${percent} %.`}
          {proposal.status === 'DONE' && 'Het voorstel is klaar.'}
          {proposal.status === 'FAILED' && 'Het voorstel is mislukt.'}
        </Paragraph>
        {proposal.status === 'FAILED' && (
          <Alert type="error">
            <Paragraph>
              {proposal.error ?? 'Het berekenen is niet gelukt. Probeer het opnieuw.'}
            </Paragraph>
          </Alert>
        )}
      </section>
      {proposal.status === 'DONE' && proposal.result && <Pairs proposal={proposal} />}
    </>
  );
}

/**
 * The regional assignment proposal: start it for a region, follow its progress, review the pairs
 * it proposes and put chosen pairs on the vacancies' shortlists.
 */
export function AssignmentPage() {
  usePageTitle(TITLE);
  const [searchParams, setSearchParams] = useSearchParams();
  const proposalId = searchParams.get('voorstel');
  const { data, error, refetch } = useQuery(AssignmentPageQuery);

  if (error && !data)
    return <QueryErrorPage title={TITLE} error={error} onRetry={() => refetch()} />;
  if (!data) return <LoadingPage title={TITLE} />;
  const { viewer } = data;
  const isAdmin = viewer?.roles.includes('ADMIN') ?? false;
  const regions = data.labourMarketRegions.filter(
    (region) => isAdmin || (viewer?.regionCodes ?? []).includes(region.code),
  );
  return (
    <>
      <Heading level={1}>{TITLE}</Heading>
      <Paragraph>
        Werkbrug verdeelt de open plekken van een regio zo over de passende inwoners dat de totale
        matchscore zo hoog mogelijk is, en vergelijkt dat met steeds de beste eerst kiezen. U kiest
        daarna welke paren op de shortlist komen.
      </Paragraph>
      <StartForm regions={regions} onStarted={(id) => setSearchParams({ voorstel: id })} />
      {proposalId && <ProposalProgress key={proposalId} id={proposalId} />}
    </>
  );
}
