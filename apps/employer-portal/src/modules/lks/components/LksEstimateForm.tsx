import { useLazyQuery } from '@apollo/client/react';
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
  Textbox,
} from '@utrecht/component-library-react';
import {
  ErrorSummary,
  Field,
  type FieldErrors,
  firstInvalid,
  formatCents,
  formatDate,
  formErrorFrom,
  inputFieldKey,
  LoadError,
  summaryItems,
} from '@werkbrug/ui';
import { useState, type FormEvent } from 'react';
import type { LksEstimateQuery as Result } from '../../../gql/graphql.js';
import { LksEstimateQuery } from '../graphql/lks.js';
import { LKS_FIELDS, parseLksForm, type LksKey, type LksValues } from '../lksForm.js';

const LABELS: Record<LksKey, string> = {
  hourlyWage: 'Bruto uurloon in euro',
  loonwaardePercent: 'Loonwaarde in procenten',
  hoursPerWeek: 'Uren per week',
  date: 'Datum (niet verplicht)',
};
const DESCRIPTIONS: Partial<Record<LksKey, string>> = {
  hourlyWage:
    'Het uurloon voor de functie volgens de cao, minstens het minimumloon. Bijvoorbeeld 14,71.',
  loonwaardePercent: 'Uit de loonwaardemeting op de werkplek, 0 tot en met 100.',
  date: 'De dag waarvoor u wilt rekenen; leeg laten is vandaag.',
};
const keyOf = inputFieldKey(LKS_FIELDS);

type Estimate = Result['lksEstimate'];

function EstimateTable({
  estimate,
  loonwaardePercent,
}: {
  estimate: Estimate;
  loonwaardePercent: string;
}) {
  const rows: [string, string][] = [
    [
      `Minimumloon per uur (vanaf ${formatDate(estimate.wmlDate)})`,
      formatCents(estimate.wmlHourlyCents),
    ],
    ['Uurloon voor de functie', formatCents(estimate.jobHourlyWageCents)],
    [
      `Loonwaarde per uur (${loonwaardePercent} % van het uurloon)`,
      formatCents(estimate.loonwaardeHourlyCents),
    ],
    ['Maximum: 70 % van het minimumloon per uur', formatCents(estimate.maximumHourlyCents)],
    [
      `Subsidie per uur: minimumloon min loonwaarde${estimate.cappedAtMaximum ? ', begrensd op het maximum' : ''}`,
      formatCents(estimate.wageSubsidyHourlyCents),
    ],
  ];
  const amounts: [string, keyof Estimate['perMonth']][] = [
    ['Loonkostensubsidie over de gewerkte uren', 'wage'],
    ['Vakantiegeld (8 %)', 'holidayPay'],
    ['Werkgeverslasten (23,5 %)', 'employerCosts'],
    ['Totaal', 'total'],
  ];
  return (
    <>
      <Table>
        <TableCaption>Zo is de subsidie per uur berekend</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Stap</TableHeaderCell>
            <TableHeaderCell scope="col">Bedrag</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(([label, value]) => (
            <TableRow key={label}>
              <TableHeaderCell scope="row">{label}</TableHeaderCell>
              <TableCell>{value}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Table>
        <TableCaption>Loonkostensubsidie per week en per maand</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Onderdeel</TableHeaderCell>
            <TableHeaderCell scope="col">Per week</TableHeaderCell>
            <TableHeaderCell scope="col">Per maand</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {amounts.map(([label, key]) => (
            <TableRow key={key}>
              <TableHeaderCell scope="row">{label}</TableHeaderCell>
              <TableCell>{formatCents(estimate.perWeek[key])}</TableCell>
              <TableCell>{formatCents(estimate.perMonth[key])}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Table>
        <TableCaption>Wat de baan u per maand kost (indicatie)</TableCaption>
        <TableBody>
          <TableRow>
            <TableHeaderCell scope="row">
              Loonkosten met vakantiegeld en werkgeverslasten
            </TableHeaderCell>
            <TableCell>{formatCents(estimate.wageCostPerMonth.total)}</TableCell>
          </TableRow>
          <TableRow>
            <TableHeaderCell scope="row">Min loonkostensubsidie</TableHeaderCell>
            <TableCell>{formatCents(estimate.perMonth.total)}</TableCell>
          </TableRow>
          <TableRow>
            <TableHeaderCell scope="row">Netto kosten voor u</TableHeaderCell>
            <TableCell>{formatCents(estimate.netCostPerMonthCents)}</TableCell>
          </TableRow>
          {estimate.wageAboveWmlPerMonthCents > 0 && (
            <TableRow>
              <TableHeaderCell scope="row">
                Waarvan loon boven het minimumloon (niet gesubsidieerd)
              </TableHeaderCell>
              <TableCell>{formatCents(estimate.wageAboveWmlPerMonthCents)}</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </>
  );
}

export interface LksEstimateFormProps {
  /** Unique on the page; the inputs' ids start with it. */
  idPrefix: string;
  initialValues?: Partial<LksValues>;
  /** The heading level of the result, under the page's own headings. */
  headingLevel?: 2 | 3;
}

/** Estimates the loonkostensubsidie with the API's rules and shows every step of the sum. */
export function LksEstimateForm({
  idPrefix,
  initialValues = {},
  headingLevel = 2,
}: LksEstimateFormProps) {
  const [values, setValues] = useState<LksValues>({
    hourlyWage: '',
    loonwaardePercent: '',
    hoursPerWeek: '',
    date: '',
    ...initialValues,
  });
  const [clientErrors, setClientErrors] = useState<FieldErrors<LksKey>>({});
  const [attempt, setAttempt] = useState(0);
  const [calculatedFor, setCalculatedFor] = useState('');
  const [estimate, { data, error, loading }] = useLazyQuery(LksEstimateQuery, {
    fetchPolicy: 'network-only',
  });
  const idOf = (key: LksKey) => `${idPrefix}-${key}`;
  const formError = error
    ? formErrorFrom(error, 'De berekening is nu niet gelukt. Probeer het later opnieuw.')
    : null;
  const serverErrors: FieldErrors<LksKey> = {};
  for (const problem of formError?.fields ?? []) {
    const key = keyOf(problem.path);
    if (key && !serverErrors[key]) serverErrors[key] = problem.message;
  }
  const errors = { ...serverErrors, ...clientErrors };
  const summary =
    Object.keys(clientErrors).length > 0
      ? 'Het formulier is niet goed ingevuld.'
      : formError?.message;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = parseLksForm(values);
    setAttempt((n) => n + 1);
    if ('errors' in parsed) {
      setClientErrors(parsed.errors);
      const invalid = firstInvalid(LKS_FIELDS, parsed.errors);
      if (invalid) document.getElementById(idOf(invalid))?.focus();
      return;
    }
    setClientErrors({});
    setCalculatedFor(values.loonwaardePercent.trim());
    await estimate({ variables: { input: parsed.input } }).catch(() => undefined);
  }

  const result = !error && !loading ? data?.lksEstimate : undefined;
  return (
    <div className="werkbrug-stack">
      <form className="werkbrug-form" noValidate onSubmit={handleSubmit}>
        {summary && (
          <ErrorSummary
            key={attempt}
            message={summary}
            items={summaryItems(LKS_FIELDS, errors, idOf)}
          />
        )}
        {LKS_FIELDS.map((key) => (
          <Field
            key={key}
            id={idOf(key)}
            label={LABELS[key]}
            description={DESCRIPTIONS[key]}
            error={errors[key]}
          >
            {(control) => (
              <Textbox
                {...control}
                name={key}
                type={key === 'date' ? 'date' : 'text'}
                inputMode={key === 'date' ? undefined : 'decimal'}
                required={key !== 'date'}
                value={values[key]}
                onChange={(event) => {
                  const value = event.target.value;
                  setValues((current) => ({ ...current, [key]: value }));
                }}
              />
            )}
          </Field>
        ))}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={loading}>
            Bereken loonkostensubsidie
          </Button>
        </ButtonGroup>
      </form>
      <section aria-live="polite" aria-labelledby={`${idPrefix}-uitkomst`}>
        <Heading level={headingLevel} id={`${idPrefix}-uitkomst`}>
          Uitkomst
        </Heading>
        {loading ? (
          <Paragraph>Bezig met berekenen…</Paragraph>
        ) : result ? (
          <>
            {result.notice && (
              <Alert type="warning">
                <Paragraph>{result.notice}</Paragraph>
              </Alert>
            )}
            <Paragraph>
              <strong>Loonkostensubsidie per maand: {formatCents(result.perMonth.total)}</strong>{' '}
              (berekend voor {formatDate(result.date)}). Dit is een indicatie; de gemeente stelt de
              subsidie vast.
            </Paragraph>
            <EstimateTable estimate={result} loonwaardePercent={calculatedFor} />
          </>
        ) : formError && formError.fields.length === 0 ? (
          <LoadError>{formError.message}</LoadError>
        ) : (
          <Paragraph>Vul het formulier in en kies "Bereken loonkostensubsidie".</Paragraph>
        )}
      </section>
    </div>
  );
}
