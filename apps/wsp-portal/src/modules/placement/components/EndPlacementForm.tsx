import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { PLACEMENT_END_REASON_LABELS, PLACEMENT_END_REASONS } from '@werkbrug/domain-rules';
import { ErrorSummary } from '@werkbrug/ui';
import { useEffect, useState, type FormEvent } from 'react';
import type { PlacementEndReason } from '../../../gql/graphql.js';
import { SelectField, TextareaField, TextField } from '../../common/components/fields.js';
import type { ActionError } from '../../common/errors.js';
import {
  END_PLACEMENT_FIELD_ORDER,
  validateEndPlacement,
  type EndPlacementErrors,
  type EndPlacementField,
  type EndPlacementValues,
} from '../endPlacementForm.js';

export interface EndPlacementFormProps {
  startDate: string;
  today: string;
  saving: boolean;
  onSubmit(ending: {
    endDate: string;
    reason: PlacementEndReason;
    note: string | null;
  }): Promise<ActionError | null>;
  onCancel(): void;
}

const ID = (field: EndPlacementField) => `beeindigen-${field}`;
const LABELS: Record<EndPlacementField, string> = {
  endDate: 'Laatste werkdag',
  reason: 'Reden',
  note: 'Toelichting',
};

/** Ending a placement: the last working day and why. Open aftercare moments after it lapse. */
export function EndPlacementForm({
  startDate,
  today,
  saving,
  onSubmit,
  onCancel,
}: EndPlacementFormProps) {
  const [values, setValues] = useState<EndPlacementValues>({
    endDate: today,
    reason: '',
    note: '',
  });
  const [errors, setErrors] = useState<EndPlacementErrors>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [focusField, setFocusField] = useState<EndPlacementField | null>(null);

  useEffect(() => {
    if (!focusField) return;
    document.getElementById(ID(focusField))?.focus();
    setFocusField(null);
  }, [focusField, attempt]);

  const set =
    <K extends EndPlacementField>(field: K) =>
    (value: EndPlacementValues[K]) =>
      setValues((current) => ({ ...current, [field]: value }));

  function showErrors(message: string, found: EndPlacementErrors) {
    setErrors(found);
    setSummary(message);
    setAttempt((n) => n + 1);
    setFocusField(END_PLACEMENT_FIELD_ORDER.find((field) => found[field]) ?? null);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const found = validateEndPlacement(values, startDate);
    if (Object.keys(found).length > 0) {
      showErrors('Het formulier is niet goed ingevuld.', found);
      return;
    }
    const refusal = await onSubmit({
      endDate: values.endDate,
      reason: values.reason as PlacementEndReason,
      note: values.note.trim() || null,
    });
    if (refusal) {
      const known = Object.fromEntries(
        Object.entries(refusal.fields).filter(([field]) => field in LABELS),
      ) as EndPlacementErrors;
      showErrors(refusal.message, known);
    }
  }

  return (
    <form
      className="werkbrug-form"
      noValidate
      aria-label="Plaatsing beëindigen"
      onSubmit={handleSubmit}
    >
      {summary && (
        <ErrorSummary
          key={attempt}
          message={summary}
          items={END_PLACEMENT_FIELD_ORDER.filter((field) => errors[field]).map((field) => ({
            fieldId: ID(field),
            message: `${LABELS[field]}: ${errors[field]}`,
          }))}
        />
      )}
      <TextField
        id={ID('endDate')}
        label={LABELS.endDate}
        error={errors.endDate}
        type="date"
        description="Nazorgmomenten na deze dag vervallen. De plaatsing telt als verloren baan in de resultaten."
        value={values.endDate}
        onChange={set('endDate')}
      />
      <SelectField
        id={ID('reason')}
        label={LABELS.reason}
        error={errors.reason}
        emptyLabel="Kies een reden"
        options={PLACEMENT_END_REASONS.map((value) => ({
          value,
          label: PLACEMENT_END_REASON_LABELS[value],
        }))}
        value={values.reason}
        onChange={set('reason')}
      />
      <TextareaField
        id={ID('note')}
        label={LABELS.note}
        error={errors.note}
        description="Verplicht bij 'Andere reden'. Alleen voor medewerkers."
        maxLength={1000}
        value={values.note}
        onChange={set('note')}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={saving}>
          {saving ? 'Bezig met beëindigen…' : 'Plaatsing beëindigen'}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          Annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}
