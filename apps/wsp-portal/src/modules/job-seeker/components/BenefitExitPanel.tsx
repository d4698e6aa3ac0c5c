import { useMutation, useQuery } from '@apollo/client/react';
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
import { ErrorSummary, LoadError, LoadingState } from '@werkbrug/ui';
import { useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../../gql/index.js';
import type { BenefitExitKind, BenefitExitReason } from '../../../gql/graphql.js';
import { RadioGroupField, SelectField, TextField } from '../../common/components/fields.js';
import { formatDate, todayIso } from '../../common/dates.js';
import { actionErrorFrom, type ActionError } from '../../common/errors.js';

export const BENEFIT_EXIT_KIND_LABELS: Record<BenefitExitKind, string> = {
  FULL: 'Volledig',
  PARTIAL: 'Gedeeltelijk',
};

export const BENEFIT_EXIT_REASON_LABELS: Record<BenefitExitReason, string> = {
  WORK: 'Werk',
  OTHER: 'Andere reden',
};

export const BenefitExitPanelFragment = graphql(`
  fragment BenefitExitPanel_benefitExit on BenefitExit {
    id
    exitDate
    kind
    reason
    municipalityName
  }
`);

/**
 * The section keeps its own query: it sits on the file page next to panels other work changes,
 * and the file page's query stays as it is.
 */
export const BenefitExitPanelQuery = graphql(`
  query BenefitExitPanel($jobSeekerId: ID!) {
    benefitExits(jobSeekerId: $jobSeekerId) {
      ...BenefitExitPanel_benefitExit
    }
    placements(jobSeekerId: $jobSeekerId, first: 100) {
      nodes {
        id
        startDate
        endDate
        employer {
          id
          name
        }
      }
    }
  }
`);

export const RecordBenefitExitMutation = graphql(`
  mutation RecordBenefitExit($input: RecordBenefitExitInput!) {
    recordBenefitExit(input: $input) {
      ...BenefitExitPanel_benefitExit
    }
  }
`);

const FIELDS = ['exitDate', 'kind', 'reason', 'placementId'] as const;
type FieldName = (typeof FIELDS)[number];
const FIELD_IDS: Record<FieldName, string> = {
  exitDate: 'uitstroom-datum',
  kind: 'uitstroom-soort',
  reason: 'uitstroom-reden',
  placementId: 'uitstroom-plaatsing',
};

interface Draft {
  exitDate: string;
  kind: BenefitExitKind | '';
  reason: BenefitExitReason | '';
  /** '' when the exit is not linked to a placement. */
  placementId: string;
}

const EMPTY: Draft = { exitDate: '', kind: '', reason: 'WORK', placementId: '' };

/** 'Bakkerij De Korf, vanaf 1 maart 2025 (tot en met 30 juni 2025)'. */
export function placementOptionLabel(placement: {
  startDate: string;
  endDate?: string | null;
  employer: { name: string };
}): string {
  const period = placement.endDate
    ? `van ${formatDate(placement.startDate)} tot en met ${formatDate(placement.endDate)}`
    : `vanaf ${formatDate(placement.startDate)}`;
  return `${placement.employer.name}, ${period}`;
}

/** Checked before sending, in the words of the API. */
export function validateBenefitExit(
  draft: Draft,
  today: string,
): Partial<Record<FieldName, string>> {
  const errors: Partial<Record<FieldName, string>> = {};
  if (!draft.exitDate) errors.exitDate = 'Vul de datum van uitstroom in.';
  else if (draft.exitDate > today)
    errors.exitDate = 'De datum van uitstroom mag niet in de toekomst liggen.';
  if (!draft.kind) errors.kind = 'Kies volledig of gedeeltelijk.';
  if (!draft.reason) errors.reason = 'Kies een reden.';
  return errors;
}

export interface BenefitExitPanelProps {
  jobSeekerId: string;
  /** Consultants record exits; account managers only read them. */
  canRecord: boolean;
}

/** Exits from benefit on the file (the source of uitstroom naar werk), with a form for consultants. */
export function BenefitExitPanel({ jobSeekerId, canRecord }: BenefitExitPanelProps) {
  const { data, loading, error, refetch } = useQuery(BenefitExitPanelQuery, {
    variables: { jobSeekerId },
  });
  const [record, { loading: saving }] = useMutation(RecordBenefitExitMutation, {
    refetchQueries: [{ query: BenefitExitPanelQuery, variables: { jobSeekerId } }],
    awaitRefetchQueries: true,
  });
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [problem, setProblem] = useState<ActionError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState('');
  const statusRef = useRef<HTMLDivElement>(null);
  const exits = data?.benefitExits ?? [];
  const placements = data?.placements.nodes ?? [];

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved('');
    setAttempt((n) => n + 1);
    const local = validateBenefitExit(draft, todayIso());
    if (Object.keys(local).length > 0) {
      setProblem({ message: 'Het formulier is niet goed ingevuld.', fields: local });
      return;
    }
    try {
      await record({
        variables: {
          input: {
            jobSeekerId,
            exitDate: draft.exitDate,
            kind: draft.kind as BenefitExitKind,
            reason: draft.reason as BenefitExitReason,
            placementId: draft.placementId || null,
          },
        },
      });
      setProblem(null);
      setDraft(EMPTY);
      setSaved(`Uitstroom per ${formatDate(draft.exitDate)} is vastgelegd.`);
      statusRef.current?.focus();
    } catch (caught) {
      setProblem(actionErrorFrom(caught));
    }
  }

  const fieldError = (name: FieldName) => problem?.fields[name];
  return (
    <section aria-labelledby="uitstroom">
      <Heading level={2} id="uitstroom">
        Uitstroom uit de uitkering
      </Heading>
      {loading && !data && <LoadingState />}
      {error && !data && <LoadError error={error} onRetry={() => refetch()} />}
      {data && exits.length === 0 && (
        <Paragraph>Er is geen uitstroom uit de uitkering vastgelegd.</Paragraph>
      )}
      {exits.length > 0 && (
        <Table className="werkbrug-table">
          <TableCaption>Uitstroom uit de uitkering, de laatste eerst</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Datum</TableHeaderCell>
              <TableHeaderCell scope="col">Soort</TableHeaderCell>
              <TableHeaderCell scope="col">Reden</TableHeaderCell>
              <TableHeaderCell scope="col">Gemeente</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {exits.map((exit) => (
              <TableRow key={exit.id}>
                <TableCell>{formatDate(exit.exitDate)}</TableCell>
                <TableCell>{BENEFIT_EXIT_KIND_LABELS[exit.kind]}</TableCell>
                <TableCell>{BENEFIT_EXIT_REASON_LABELS[exit.reason]}</TableCell>
                <TableCell>{exit.municipalityName}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <div role="status" ref={statusRef} tabIndex={-1}>
        {saved && <Paragraph>{saved}</Paragraph>}
      </div>
      {canRecord && (
        <form
          className="werkbrug-form"
          aria-labelledby="uitstroom-vastleggen"
          noValidate
          onSubmit={handleSubmit}
        >
          <Heading level={3} id="uitstroom-vastleggen">
            Uitstroom vastleggen
          </Heading>
          {problem && (
            <ErrorSummary
              key={attempt}
              message={problem.message}
              items={FIELDS.filter((name) => problem.fields[name]).map((name) => ({
                // A radio group is reached at its first option.
                fieldId: name === 'kind' ? `${FIELD_IDS.kind}-0` : FIELD_IDS[name],
                message: problem.fields[name]!,
              }))}
            />
          )}
          <TextField
            id={FIELD_IDS.exitDate}
            label="Datum van uitstroom"
            description="De eerste dag zonder (volledige) uitkering."
            type="date"
            value={draft.exitDate}
            error={fieldError('exitDate')}
            onChange={(exitDate) => setDraft({ ...draft, exitDate })}
          />
          <RadioGroupField<BenefitExitKind>
            id={FIELD_IDS.kind}
            legend="Soort uitstroom"
            value={draft.kind}
            error={fieldError('kind')}
            options={[
              { value: 'FULL', label: 'Volledig', description: 'De uitkering is beëindigd.' },
              {
                value: 'PARTIAL',
                label: 'Gedeeltelijk',
                description: 'De uitkering is verlaagd door inkomsten uit werk.',
              },
            ]}
            onChange={(kind) => setDraft({ ...draft, kind })}
          />
          <SelectField<BenefitExitReason>
            id={FIELD_IDS.reason}
            label="Reden"
            description="Alleen uitstroom door werk telt mee voor de uitstroom naar werk van de gemeente."
            value={draft.reason}
            error={fieldError('reason')}
            options={[
              { value: 'WORK', label: 'Werk' },
              { value: 'OTHER', label: 'Andere reden' },
            ]}
            onChange={(reason) => setDraft({ ...draft, reason })}
          />
          <SelectField
            id={FIELD_IDS.placementId}
            label="Plaatsing (niet verplicht)"
            description={
              placements.length === 0
                ? 'Er is geen plaatsing van deze inwoner vastgelegd.'
                : 'De plaatsing waardoor de uitkering stopte of lager werd.'
            }
            value={draft.placementId}
            error={fieldError('placementId')}
            emptyLabel="Geen plaatsing"
            disabled={placements.length === 0}
            options={placements.map((placement) => ({
              value: placement.id,
              label: placementOptionLabel(placement),
            }))}
            onChange={(placementId) => setDraft({ ...draft, placementId })}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" disabled={saving}>
              Uitstroom vastleggen
            </Button>
          </ButtonGroup>
        </form>
      )}
    </section>
  );
}
