import { useMutation } from '@apollo/client/react';
import { Button, ButtonGroup, Heading } from '@utrecht/component-library-react';
import {
  CONSENT_METHOD_LABELS,
  CONSENT_METHODS,
  endReasonsFor,
  INTRODUCTION_END_REASON_LABELS,
  isIntroductionEndStatus,
} from '@werkbrug/domain-rules';
import { ErrorSummary } from '@werkbrug/ui';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../../gql/index.js';
import type {
  IntroductionConsentMethod,
  IntroductionEndReason,
  IntroductionStatus,
} from '../../../gql/graphql.js';
import {
  RadioGroupField,
  SelectField,
  TextareaField,
  TextField,
} from '../../common/components/fields.js';
import { todayIso } from '../../common/dates.js';
import { actionErrorFrom, type ActionError } from '../../common/errors.js';
import { STEP_ACTION_LABELS } from '../stages.js';

export const ChangeIntroductionStatusMutation = graphql(`
  mutation ChangeIntroductionStatus(
    $id: ID!
    $status: IntroductionStatus!
    $note: String
    $endReason: IntroductionEndReason
    $consent: IntroductionConsentInput
  ) {
    changeIntroductionStatus(
      id: $id
      status: $status
      note: $note
      endReason: $endReason
      consent: $consent
    ) {
      id
      ...IntroductionCard_introduction
    }
  }
`);

export interface IntroductionStepFormProps {
  introductionId: string;
  /** Who it is about, for the form's heading: "Toestemming vastleggen: Fatma Yilmaz". */
  subjectName: string;
  to: IntroductionStatus;
  headingLevel: 3 | 4 | 5;
  onDone(message: string): void;
  onCancel(): void;
}

/**
 * One step in the pipeline: the why (a note) on every step, the reason on a step that ends the
 * introduction, and the consent (date, how, expiry) on the step to "Toestemming gegeven". What was
 * typed stays when the API refuses, with its messages at the fields.
 */
export function IntroductionStepForm({
  introductionId,
  subjectName,
  to,
  headingLevel,
  onDone,
  onCancel,
}: IntroductionStepFormProps) {
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const [change, { loading }] = useMutation(ChangeIntroductionStatusMutation);
  const [note, setNote] = useState('');
  const [endReason, setEndReason] = useState<IntroductionEndReason | ''>('');
  const [givenOn, setGivenOn] = useState(todayIso());
  const [method, setMethod] = useState<IntroductionConsentMethod | ''>('');
  const [expiresOn, setExpiresOn] = useState('');
  const [error, setError] = useState<ActionError | null>(null);
  const ends = isIntroductionEndStatus(to);
  const recordsConsent = to === 'CONSENTED';
  const title = `${STEP_ACTION_LABELS[to]}: ${subjectName}`;
  const ids = {
    endReason: `${id}-reden`,
    givenOn: `${id}-gegeven`,
    method: `${id}-hoe`,
    expiresOn: `${id}-verloopt`,
    note: `${id}-toelichting`,
  };

  useEffect(() => headingRef.current?.focus(), []);

  function fail(problem: ActionError) {
    setError(problem);
    // After render: the summary exists then.
    setTimeout(() => errorRef.current?.focus(), 0);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const missing: Record<string, string> = {};
    if (ends && !endReason) missing.endReason = 'Kies waarom de introductie stopt.';
    if (recordsConsent && !givenOn)
      missing['consent.givenOn'] = 'Vul de datum in waarop de toestemming is gegeven.';
    if (recordsConsent && !method)
      missing['consent.method'] = 'Kies hoe de toestemming is gegeven.';
    if (Object.keys(missing).length > 0) {
      fail({ message: 'Het formulier is niet goed ingevuld.', fields: missing });
      return;
    }
    try {
      await change({
        variables: {
          id: introductionId,
          status: to,
          note: note.trim() || null,
          endReason: ends ? (endReason as IntroductionEndReason) : null,
          consent:
            recordsConsent && method ? { givenOn, method, expiresOn: expiresOn || null } : null,
        },
      });
      onDone(`${title}: gelukt.`);
    } catch (problem) {
      fail(actionErrorFrom(problem));
    }
  }

  const fieldError = (field: string) => error?.fields[field];
  // The input to move to from the error summary, by the API's field path.
  const inputIdOf: Record<string, string> = {
    endReason: ids.endReason,
    consent: ids.givenOn,
    'consent.givenOn': ids.givenOn,
    'consent.method': `${ids.method}-0`,
    'consent.expiresOn': ids.expiresOn,
  };
  const summaryItems = error
    ? Object.entries(error.fields).map(([field, message]) => ({
        fieldId: inputIdOf[field] ?? ids.note,
        message,
      }))
    : [];

  return (
    <form
      className="werkbrug-form werkbrug-step-form"
      noValidate
      onSubmit={(event) => void handleSubmit(event)}
      aria-labelledby={`${id}-title`}
    >
      <Heading level={headingLevel} id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        {title}
      </Heading>
      <div ref={errorRef} tabIndex={-1}>
        {error && <ErrorSummary message={error.message} items={summaryItems} />}
      </div>
      {ends && (
        <SelectField<IntroductionEndReason>
          id={ids.endReason}
          label="Reden"
          emptyLabel="Kies een reden"
          options={endReasonsFor(to).map((reason) => ({
            value: reason,
            label: INTRODUCTION_END_REASON_LABELS[reason],
          }))}
          value={endReason}
          onChange={setEndReason}
          error={fieldError('endReason')}
        />
      )}
      {recordsConsent && (
        <>
          <TextField
            id={ids.givenOn}
            type="date"
            label="Datum toestemming"
            value={givenOn}
            onChange={setGivenOn}
            error={fieldError('consent.givenOn') ?? fieldError('consent')}
          />
          <RadioGroupField<IntroductionConsentMethod>
            id={ids.method}
            legend="Hoe gegeven"
            options={CONSENT_METHODS.map((value) => ({
              value,
              label: CONSENT_METHOD_LABELS[value],
            }))}
            value={method}
            onChange={setMethod}
            error={fieldError('consent.method')}
          />
          <TextField
            id={ids.expiresOn}
            type="date"
            label="Verloopt op (niet verplicht)"
            description="Vanaf deze dag geldt de toestemming niet meer. Leeg: tot de inwoner haar intrekt."
            value={expiresOn}
            onChange={setExpiresOn}
            error={fieldError('consent.expiresOn')}
          />
        </>
      )}
      <TextareaField
        id={ids.note}
        label={ends ? 'Waarom (toelichting, niet verplicht)' : 'Toelichting (niet verplicht)'}
        description="Komt in de geschiedenis, met uw naam en de datum."
        rows={2}
        value={note}
        onChange={setNote}
        error={fieldError('note')}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          {STEP_ACTION_LABELS[to]}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          Annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}
