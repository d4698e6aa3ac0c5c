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
  JOBCOACH_HOURS_UNIT_LABELS,
  JOBCOACH_HOURS_UNITS,
  PLACEMENT_ARRANGEMENT_LABELS,
  PLACEMENT_ARRANGEMENTS,
  CHOSEN_INSTRUMENTS,
  PLACEMENT_INSTRUMENT_LABELS,
} from '@werkbrug/domain-rules';
import { ErrorSummary } from '@werkbrug/ui';
import { useEffect, useState, type FormEvent } from 'react';
import type { CreatePlacementInput } from '../../../gql/graphql.js';
import {
  CheckboxField,
  CheckboxGroupField,
  RadioGroupField,
  SelectField,
  TextField,
} from '../../common/components/fields.js';
import type { ActionError } from '../../common/errors.js';
import {
  contractTypesFor,
  createInputFrom,
  EMPTY_PLACEMENT,
  PLACEMENT_FIELD_ORDER,
  placementWarnings,
  validatePlacement,
  type PlacementErrors,
  type PlacementField,
  type PlacementValues,
  visibleFields,
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
  field === 'instruments' || field === 'arrangement' ? `${ID(field)}-0` : ID(field);

const LABELS: Record<PlacementField, string> = {
  arrangement: 'Soort plaatsing',
  arrangementExtended: 'Eenmalig verlengd met 3 maanden',
  contractType: 'Soort contract',
  startDate: 'Eerste werkdag',
  endDate: 'Laatste werkdag (niet verplicht)',
  hoursPerWeek: 'Uren per week',
  hourlyWage: 'Bruto uurloon in euro',
  instruments: 'Instrumenten',
  loonwaardePercentage: 'Loonwaarde in procent',
  jobcoachHours: 'Jobcoachuren',
};

const ARRANGEMENT_HINTS: Record<string, string> = {
  REGULAR: 'Een betaalde baan (of onbetaald werk).',
  TRIAL_PLACEMENT: 'Met behoud van uitkering, hoogstens 2 maanden.',
  BEHOUD_VAN_UITKERING: 'Hoogstens 3 maanden, één keer te verlengen met 3 maanden.',
};

// Proefplaatsing and behoud van uitkering are chosen as the arrangement; the API adds them as
// instruments.
const INSTRUMENT_HINTS: Partial<Record<string, string>> = {
  LOONKOSTENSUBSIDIE: 'Het verschil tussen het minimumloon en de loonwaarde.',
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
    ...EMPTY_PLACEMENT,
    hoursPerWeek: suggestedHours === null ? '' : String(suggestedHours).replace('.', ','),
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

  /** A kind of placement allows only some contracts: keep the choice when it fits, else pick the only one. */
  function chooseArrangement(arrangement: PlacementValues['arrangement']) {
    setValues((current) => {
      const allowed = contractTypesFor(arrangement);
      const contractType =
        current.contractType && allowed.includes(current.contractType)
          ? current.contractType
          : allowed.length === 1
            ? allowed[0]
            : '';
      return { ...current, arrangement, contractType };
    });
  }

  const warnings = placementWarnings(values);
  const visible = visibleFields(values);
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
            fieldId: INPUT_ID(name),
            message: `${LABELS[name]}: ${errors[name]}`,
          }))}
        />
      )}
      <RadioGroupField
        id={ID('arrangement')}
        legend={LABELS.arrangement}
        error={errors.arrangement}
        options={PLACEMENT_ARRANGEMENTS.map((value) => ({
          value,
          label: PLACEMENT_ARRANGEMENT_LABELS[value],
          description: ARRANGEMENT_HINTS[value],
        }))}
        value={values.arrangement}
        onChange={chooseArrangement}
      />
      {visible.arrangementExtended && (
        <CheckboxField
          {...field('arrangementExtended')}
          description="Werken met behoud van uitkering kan één keer met 3 maanden worden verlengd."
          checked={values.arrangementExtended}
          onChange={set('arrangementExtended')}
        />
      )}
      <SelectField
        {...field('contractType')}
        emptyLabel="Kies een contract"
        options={contractTypesFor(values.arrangement).map((value) => ({
          value,
          label: CONTRACT_TYPE_LABELS[value],
        }))}
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
      {visible.hourlyWage && (
        <TextField
          {...field('hourlyWage')}
          inputMode="decimal"
          size={7}
          description="Het bruto uurloon volgens het contract, bijvoorbeeld 14,40."
          value={values.hourlyWage}
          onChange={set('hourlyWage')}
        />
      )}
      <CheckboxGroupField
        id={ID('instruments')}
        legend={LABELS.instruments}
        error={errors.instruments}
        options={CHOSEN_INSTRUMENTS.map((value) => ({
          value,
          label: INSTRUMENT_HINTS[value]
            ? `${PLACEMENT_INSTRUMENT_LABELS[value]} (${INSTRUMENT_HINTS[value]})`
            : PLACEMENT_INSTRUMENT_LABELS[value],
        }))}
        values={values.instruments}
        onChange={set('instruments')}
      />
      {visible.loonwaardePercentage && (
        <TextField
          {...field('loonwaardePercentage')}
          inputMode="numeric"
          size={4}
          description="Gemeten loonwaarde, 0 tot en met 100. Nodig voor de loonkostensubsidie."
          value={values.loonwaardePercentage}
          onChange={set('loonwaardePercentage')}
        />
      )}
      {visible.jobcoachHours && (
        <>
          <TextField
            {...field('jobcoachHours')}
            inputMode="decimal"
            size={5}
            description="In hele of halve uren."
            value={values.jobcoachHours}
            onChange={set('jobcoachHours')}
          />
          <SelectField
            id={`${ID('jobcoachHours')}-eenheid`}
            label="Jobcoachuren per"
            options={JOBCOACH_HOURS_UNITS.map((value) => ({
              value,
              label: JOBCOACH_HOURS_UNIT_LABELS[value].replace('per ', ''),
            }))}
            value={values.jobcoachHoursUnit}
            onChange={(unit) =>
              setValues((current) => ({ ...current, jobcoachHoursUnit: unit || 'WEEK' }))
            }
          />
        </>
      )}
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
