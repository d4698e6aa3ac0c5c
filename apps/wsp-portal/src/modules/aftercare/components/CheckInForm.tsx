import { Button, ButtonGroup } from '@utrecht/component-library-react';
import {
  AFTERCARE_OUTCOME_LABELS,
  AFTERCARE_OUTCOMES,
  CONTACT_CHANNEL_LABELS,
  CONTACT_CHANNELS,
} from '@werkbrug/domain-rules';
import { ErrorSummary } from '@werkbrug/ui';
import { useEffect, useState, type FormEvent } from 'react';
import type { RecordAftercareCheckInInput } from '../../../gql/graphql.js';
import {
  RadioGroupField,
  SelectField,
  TextareaField,
  TextField,
} from '../../common/components/fields.js';
import type { ActionError } from '../../common/errors.js';
import {
  CHECK_IN_FIELD_ORDER,
  checkInInputFrom,
  MAX_NOTE_LENGTH,
  validateCheckIn,
  type CheckInErrors,
  type CheckInField,
  type CheckInValues,
} from '../checkInForm.js';

export interface CheckInFormProps {
  /** Unique per check-in: the form's ids start with it. */
  idPrefix: string;
  /** "Nazorgcontact na 2 weken", for the submit button and the summary. */
  title: string;
  today: string;
  startDate: string;
  saving: boolean;
  onSubmit(input: RecordAftercareCheckInInput): Promise<ActionError | null>;
  onCancel(): void;
}

const LABELS: Record<CheckInField, string> = {
  outcome: 'Hoe gaat het?',
  channel: 'Soort contact',
  date: 'Datum van het contact',
  note: 'Notitie (niet verplicht)',
};

const OUTCOME_HINTS: Record<string, string> = {
  GOING_WELL: 'Werkgever en werknemer zijn tevreden.',
  ATTENTION_NEEDED: 'Er zijn afspraken of extra begeleiding nodig.',
  AT_RISK: 'De plaatsing dreigt te stoppen; de plaatsing wordt gemarkeerd.',
};

/** Recording an aftercare check-in: how it goes, how the contact went, when, and a note for staff. */
export function CheckInForm({
  idPrefix,
  title,
  today,
  startDate,
  saving,
  onSubmit,
  onCancel,
}: CheckInFormProps) {
  const [values, setValues] = useState<CheckInValues>({
    outcome: '',
    channel: '',
    date: today,
    note: '',
  });
  const [errors, setErrors] = useState<CheckInErrors>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [focusField, setFocusField] = useState<CheckInField | null>(null);
  const id = (field: CheckInField) => `${idPrefix}-${field}`;
  const inputId = (field: CheckInField) => (field === 'outcome' ? `${id(field)}-0` : id(field));

  useEffect(() => {
    if (!focusField) return;
    document.getElementById(inputId(focusField))?.focus();
    setFocusField(null);
    // inputId only depends on idPrefix, which does not change while the form is shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusField, attempt]);

  const set =
    <K extends CheckInField>(field: K) =>
    (value: CheckInValues[K]) =>
      setValues((current) => ({ ...current, [field]: value }));

  function showErrors(message: string, found: CheckInErrors) {
    setErrors(found);
    setSummary(message);
    setAttempt((n) => n + 1);
    setFocusField(CHECK_IN_FIELD_ORDER.find((field) => found[field]) ?? null);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const found = validateCheckIn(values, { today, startDate });
    if (Object.keys(found).length > 0) {
      showErrors('Het formulier is niet goed ingevuld.', found);
      return;
    }
    const refusal = await onSubmit(checkInInputFrom(values));
    if (refusal) {
      const known = Object.fromEntries(
        Object.entries(refusal.fields).filter(([field]) => field in LABELS),
      ) as CheckInErrors;
      showErrors(refusal.message, known);
    }
  }

  return (
    <form className="werkbrug-form" noValidate aria-label={title} onSubmit={handleSubmit}>
      {summary && (
        <ErrorSummary
          key={attempt}
          message={summary}
          items={CHECK_IN_FIELD_ORDER.filter((field) => errors[field]).map((field) => ({
            fieldId: inputId(field),
            message: `${LABELS[field]}: ${errors[field]}`,
          }))}
        />
      )}
      <RadioGroupField
        id={id('outcome')}
        legend={LABELS.outcome}
        error={errors.outcome}
        options={AFTERCARE_OUTCOMES.map((value) => ({
          value,
          label: AFTERCARE_OUTCOME_LABELS[value],
          description: OUTCOME_HINTS[value],
        }))}
        value={values.outcome}
        onChange={set('outcome')}
      />
      <SelectField
        id={id('channel')}
        label={LABELS.channel}
        error={errors.channel}
        emptyLabel="Kies het soort contact"
        options={CONTACT_CHANNELS.map((value) => ({ value, label: CONTACT_CHANNEL_LABELS[value] }))}
        value={values.channel}
        onChange={set('channel')}
      />
      <TextField
        id={id('date')}
        label={LABELS.date}
        error={errors.date}
        type="date"
        value={values.date}
        onChange={set('date')}
      />
      <TextareaField
        id={id('note')}
        label={LABELS.note}
        error={errors.note}
        description="Alleen voor medewerkers; de werkgever ziet dit niet."
        maxLength={MAX_NOTE_LENGTH}
        value={values.note}
        onChange={set('note')}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={saving}>
          {saving ? 'Bezig met opslaan…' : 'Contact vastleggen'}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          Annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}
