import {
  Alert,
  Button,
  ButtonGroup,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import {
  CONTRACT_TYPE_LABELS,
  CONTRACT_TYPES,
  PLACEMENT_INSTRUMENT_LABELS,
  PLACEMENT_INSTRUMENTS,
} from '@werkbrug/domain-rules';
import { useEffect, useState, type FormEvent } from 'react';
import type { CreatePlacementInput } from '../../../gql/graphql.js';
import { ErrorSummary } from '../../common/components/ErrorSummary.js';
import { CheckboxGroupField, SelectField, TextField } from '../../common/components/fields.js';
import type { ActionError } from '../../common/errors.js';
import {
  createInputFrom,
  PLACEMENT_FIELD_ORDER,
  placementWarnings,
  validatePlacement,
  type PlacementErrors,
  type PlacementField,
  type PlacementValues,
} from '../placementForm.js';

export interface PlacementFormProps {
  /** Where the placement comes from. */
  origin: { introductionId: string; jobSeekerId: string; employerId: string; vacancyId: string };
  /** Hours the vacancy offers, as a starting value. */
  suggestedHours: number | null;
  saving: boolean;
  onSubmit(input: CreatePlacementInput): Promise<ActionError | null>;
  onCancel(): void;
}

const ID = (field: PlacementField) => `plaatsing-${field}`;
const INPUT_ID = (field: PlacementField) =>
  field === 'instruments' ? `${ID(field)}-0` : ID(field);

const LABELS: Record<PlacementField, string> = {
  contractType: 'Soort contract',
  startDate: 'Eerste werkdag',
  endDate: 'Laatste werkdag (niet verplicht)',
  hoursPerWeek: 'Uren per week',
  instruments: 'Instrumenten',
};

const INSTRUMENT_HINTS: Partial<Record<string, string>> = {
  LOONKOSTENSUBSIDIE: 'Het verschil tussen het minimumloon en de loonwaarde.',
  PROEFPLAATSING: 'Hoogstens 2 maanden, met behoud van uitkering.',
  BEHOUD_VAN_UITKERING: 'Hoogstens 3 maanden, één keer te verlengen met 3 maanden.',
};

/** Registering a placement: contract, dates, hours and the instruments the municipality puts in. */
export function PlacementForm({
  origin,
  suggestedHours,
  saving,
  onSubmit,
  onCancel,
}: PlacementFormProps) {
  const [values, setValues] = useState<PlacementValues>({
    contractType: '',
    startDate: '',
    endDate: '',
    hoursPerWeek: suggestedHours === null ? '' : String(suggestedHours).replace('.', ','),
    instruments: [],
  });
  const [errors, setErrors] = useState<PlacementErrors>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [focusField, setFocusField] = useState<PlacementField | null>(null);

  useEffect(() => {
    if (!focusField) return;
    document.getElementById(INPUT_ID(focusField))?.focus();
    setFocusField(null);
  }, [focusField, attempt]);

  const set =
    <K extends PlacementField>(field: K) =>
    (value: PlacementValues[K]) =>
      setValues((current) => ({ ...current, [field]: value }));

  function showErrors(message: string, found: PlacementErrors) {
    setErrors(found);
    setSummary(message);
    setAttempt((n) => n + 1);
    setFocusField(PLACEMENT_FIELD_ORDER.find((field) => found[field]) ?? null);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const found = validatePlacement(values);
    if (Object.keys(found).length > 0) {
      showErrors('Het formulier is niet goed ingevuld.', found);
      return;
    }
    const refusal = await onSubmit(createInputFrom(values, origin));
    if (refusal) {
      const known = Object.fromEntries(
        Object.entries(refusal.fields).filter(([field]) => field in LABELS),
      ) as PlacementErrors;
      const other = Object.entries(refusal.fields)
        .filter(([field]) => !(field in LABELS))
        .map(([, message]) => message);
      showErrors([refusal.message, ...other].join(' '), known);
    }
  }

  const warnings = placementWarnings(values);
  const field = (name: PlacementField) => ({
    id: ID(name),
    label: LABELS[name],
    error: errors[name],
  });

  return (
    <form className="werkbrug-form" noValidate onSubmit={handleSubmit}>
      {summary && (
        <ErrorSummary
          key={attempt}
          message={summary}
          items={PLACEMENT_FIELD_ORDER.filter((name) => errors[name]).map((name) => ({
            inputId: INPUT_ID(name),
            message: `${LABELS[name]}: ${errors[name]}`,
          }))}
        />
      )}
      <SelectField
        {...field('contractType')}
        emptyLabel="Kies een contract"
        options={CONTRACT_TYPES.map((value) => ({ value, label: CONTRACT_TYPE_LABELS[value] }))}
        description="Bij uitzenden of detacheren telt de baan voor de inlener."
        value={values.contractType}
        onChange={set('contractType')}
      />
      <TextField
        {...field('startDate')}
        type="date"
        value={values.startDate}
        onChange={set('startDate')}
      />
      <TextField
        {...field('endDate')}
        type="date"
        description="Leeg zolang de plaatsing loopt."
        value={values.endDate}
        onChange={set('endDate')}
      />
      <TextField
        {...field('hoursPerWeek')}
        inputMode="decimal"
        size={5}
        description="1 tot en met 40, in hele of halve uren. 25,5 uur is één baan voor de banenafspraak."
        value={values.hoursPerWeek}
        onChange={set('hoursPerWeek')}
      />
      <CheckboxGroupField
        id={ID('instruments')}
        legend={LABELS.instruments}
        error={errors.instruments}
        options={PLACEMENT_INSTRUMENTS.map((value) => ({
          value,
          label: INSTRUMENT_HINTS[value]
            ? `${PLACEMENT_INSTRUMENT_LABELS[value]} (${INSTRUMENT_HINTS[value]})`
            : PLACEMENT_INSTRUMENT_LABELS[value],
        }))}
        values={values.instruments}
        onChange={set('instruments')}
      />
      {warnings.length > 0 && (
        <Alert type="warning" role="status">
          <Paragraph>Let op:</Paragraph>
          <UnorderedList>
            {warnings.map((warning) => (
              <UnorderedListItem key={warning}>{warning}</UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      )}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={saving}>
          {saving ? 'Bezig met registreren…' : 'Plaatsing registreren'}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          Annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}
