import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { CONSENT_METHOD_LABELS, CONSENT_METHODS } from '@werkbrug/domain-rules';
import { ErrorSummary } from '@werkbrug/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../../gql/index.js';
import type { ConsentPanel_JobSeekerFragment } from '../../../gql/graphql.js';
import { Facts } from '../../common/components/Facts.js';
import { RadioGroupField, TextField } from '../../common/components/fields.js';
import { formatDate, formatMoment, todayIso } from '../../common/dates.js';
import { actionErrorFrom } from '../../common/errors.js';
import {
  CONSENT_FIELD_ORDER,
  initialConsentValues,
  validateConsent,
  withEffectiveOn,
  type ConsentErrors,
  type ConsentField,
  type ConsentValues,
} from '../consentForm.js';
import { consentLabel } from '../labels.js';

export const ConsentPanelFragment = graphql(`
  fragment ConsentPanel_jobSeeker on JobSeeker {
    id
    consentStatus
    consentUpdatedAt
    consentEffectiveOn
    consentMethod
    consentExpiresOn
    consentExpired
    consentRecordedBy
    archivedAt
    consentHistory {
      id
      status
      method
      effectiveOn
      expiresOn
      recordedBy
      recordedAt
    }
  }
`);

export const RecordJobSeekerConsentMutation = graphql(`
  mutation RecordJobSeekerConsent(
    $id: ID!
    $status: ConsentStatus!
    $method: ConsentMethod
    $effectiveOn: String
    $expiresOn: String
  ) {
    recordJobSeekerConsent(
      id: $id
      status: $status
      method: $method
      effectiveOn: $effectiveOn
      expiresOn: $expiresOn
    ) {
      id
      ...ConsentPanel_jobSeeker
    }
  }
`);

const FIELD_ID: Record<ConsentField, string> = {
  effectiveOn: 'toestemming-datum',
  method: 'toestemming-hoe',
  expiresOn: 'toestemming-tot',
};
/** The element to move to for a field; the radio group's first option. */
const INPUT_ID = (field: ConsentField) =>
  field === 'method' ? `${FIELD_ID.method}-0` : FIELD_ID[field];

const METHOD_OPTIONS = CONSENT_METHODS.map((method) => ({
  value: method,
  label: CONSENT_METHOD_LABELS[method],
}));

type Mode = 'idle' | 'grant' | 'withdraw';
type FocusTarget = 'form' | 'question' | 'start' | 'result' | ConsentField;

export interface ConsentPanelProps {
  jobSeeker: ConsentPanel_JobSeekerFragment;
  /** Consultants record consent; others only read it. */
  canRecord: boolean;
  /** YYYY-MM-DD in the Netherlands; for tests. */
  today?: string;
}

/**
 * Consent to be matched (and shown anonymously to employers): how and when it was given, until
 * when it holds, its history, and recording, renewing or withdrawing it.
 */
export function ConsentPanel({ jobSeeker, canRecord, today = todayIso() }: ConsentPanelProps) {
  const [record, { loading }] = useMutation(RecordJobSeekerConsentMutation);
  const [mode, setMode] = useState<Mode>('idle');
  const [values, setValues] = useState<ConsentValues>(() => initialConsentValues(today));
  const [expiryTyped, setExpiryTyped] = useState(false);
  const [errors, setErrors] = useState<ConsentErrors>({});
  const [formMessage, setFormMessage] = useState('');
  const [result, setResult] = useState<{ type: 'ok' | 'error'; message: string } | null>(null);
  const [focus, setFocus] = useState<{ target: FocusTarget } | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const questionRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const startRef = useRef<HTMLDivElement>(null);

  // Keep keyboard and screen-reader users where the action continues.
  useEffect(() => {
    if (!focus) return;
    const refs = { question: questionRef, result: resultRef, form: formRef };
    if (focus.target === 'start') startRef.current?.querySelector('button')?.focus();
    else if (focus.target in refs) refs[focus.target as keyof typeof refs].current?.focus();
    else document.getElementById(INPUT_ID(focus.target as ConsentField))?.focus();
  }, [focus]);

  const granted = jobSeeker.consentStatus === 'GRANTED' && !jobSeeker.consentExpired;
  const archived = jobSeeker.archivedAt !== null;

  function open(next: Mode) {
    setResult(null);
    setErrors({});
    setFormMessage('');
    if (next === 'grant') {
      setValues(initialConsentValues(today));
      setExpiryTyped(false);
    }
    setMode(next);
    setFocus({ target: next === 'grant' ? 'form' : 'question' });
  }

  function cancel() {
    setMode('idle');
    setFocus({ target: 'start' });
  }

  function done(message: string) {
    setResult({ type: 'ok', message });
    setMode('idle');
    setFocus({ target: 'result' });
  }

  async function handleGrant(event: FormEvent) {
    event.preventDefault();
    const found = validateConsent(values, today);
    const first = CONSENT_FIELD_ORDER.find((field) => found[field]);
    setErrors(found);
    if (first) {
      setFormMessage('Het formulier is niet goed ingevuld.');
      setFocus({ target: first });
      return;
    }
    try {
      await record({
        variables: {
          id: jobSeeker.id,
          status: 'GRANTED',
          method: values.method || null,
          effectiveOn: values.effectiveOn,
          expiresOn: values.expiresOn,
        },
      });
      done(`De toestemming is vastgelegd, geldig tot ${formatDate(values.expiresOn)}.`);
    } catch (error) {
      const refusal = actionErrorFrom(error);
      const fields = refusal.fields as ConsentErrors;
      setErrors(fields);
      setFormMessage(refusal.message);
      const field = CONSENT_FIELD_ORDER.find((name) => fields[name]);
      setFocus({ target: field ?? 'form' });
    }
  }

  async function handleWithdraw() {
    try {
      await record({ variables: { id: jobSeeker.id, status: 'WITHDRAWN' } });
      done('De toestemming is ingetrokken. De inwoner wordt meteen niet meer voorgesteld.');
    } catch (error) {
      setResult({ type: 'error', message: actionErrorFrom(error).message });
      setMode('idle');
      setFocus({ target: 'result' });
    }
  }

  const summaryItems = CONSENT_FIELD_ORDER.flatMap((field) =>
    errors[field] ? [{ fieldId: INPUT_ID(field), message: errors[field] }] : [],
  );

  return (
    <section aria-labelledby="toestemming">
      <Heading level={2} id="toestemming">
        Toestemming
      </Heading>
      {jobSeeker.consentExpired && jobSeeker.consentExpiresOn && (
        <Alert type="warning">
          <Paragraph>
            De toestemming is verlopen op {formatDate(jobSeeker.consentExpiresOn)}. De inwoner wordt
            niet voorgesteld tot er opnieuw toestemming is vastgelegd.
          </Paragraph>
        </Alert>
      )}
      <Facts
        facts={[
          {
            label: 'Gematcht worden en anoniem profiel tonen aan werkgevers',
            value: jobSeeker.consentExpired ? 'Verlopen' : consentLabel(jobSeeker.consentStatus),
          },
          ...(jobSeeker.consentEffectiveOn
            ? [
                {
                  label: jobSeeker.consentStatus === 'WITHDRAWN' ? 'Ingetrokken op' : 'Gegeven op',
                  value: formatDate(jobSeeker.consentEffectiveOn),
                },
              ]
            : []),
          ...(jobSeeker.consentMethod
            ? [{ label: 'Hoe', value: CONSENT_METHOD_LABELS[jobSeeker.consentMethod] }]
            : []),
          ...(jobSeeker.consentExpiresOn
            ? [{ label: 'Geldig tot', value: formatDate(jobSeeker.consentExpiresOn) }]
            : []),
          {
            label: 'Laatst gewijzigd',
            value: jobSeeker.consentUpdatedAt
              ? `${formatMoment(jobSeeker.consentUpdatedAt)}${jobSeeker.consentRecordedBy ? ` door ${jobSeeker.consentRecordedBy}` : ''}`
              : 'Nooit',
          },
        ]}
      />
      <div ref={resultRef} tabIndex={-1}>
        {result && (
          <Alert type={result.type}>
            <Paragraph>{result.message}</Paragraph>
          </Alert>
        )}
      </div>

      {canRecord && mode === 'idle' && (
        <div ref={startRef}>
          <ButtonGroup>
            {!archived && (
              <Button
                appearance={granted ? 'secondary-action-button' : 'primary-action-button'}
                onClick={() => open('grant')}
              >
                {granted ? 'Toestemming vernieuwen' : 'Toestemming vastleggen'}
              </Button>
            )}
            {jobSeeker.consentStatus === 'GRANTED' && (
              <Button appearance="secondary-action-button" onClick={() => open('withdraw')}>
                Toestemming intrekken
              </Button>
            )}
          </ButtonGroup>
        </div>
      )}

      {canRecord && mode === 'withdraw' && (
        <div className="werkbrug-confirm" ref={questionRef} tabIndex={-1}>
          <Paragraph>
            Wilt u de toestemming intrekken? De inwoner wordt dan meteen niet meer voorgesteld aan
            werkgevers.
          </Paragraph>
          <ButtonGroup>
            <Button
              appearance="primary-action-button"
              busy={loading}
              onClick={() => void handleWithdraw()}
            >
              Ja, toestemming intrekken
            </Button>
            <Button appearance="secondary-action-button" onClick={cancel}>
              Annuleren
            </Button>
          </ButtonGroup>
        </div>
      )}

      {canRecord && mode === 'grant' && (
        <form
          className="werkbrug-form"
          noValidate
          ref={formRef}
          tabIndex={-1}
          aria-labelledby="toestemming-formulier"
          onSubmit={(event) => void handleGrant(event)}
        >
          <Heading level={3} id="toestemming-formulier">
            Toestemming vastleggen
          </Heading>
          {formMessage && <ErrorSummary message={formMessage} items={summaryItems} />}
          <TextField
            id={FIELD_ID.effectiveOn}
            label="Datum waarop de inwoner toestemming gaf"
            description="Als JJJJ-MM-DD; niet in de toekomst."
            type="date"
            required
            value={values.effectiveOn}
            error={errors.effectiveOn}
            onChange={(effectiveOn) =>
              setValues((current) => withEffectiveOn(current, effectiveOn, expiryTyped))
            }
          />
          <RadioGroupField
            id={FIELD_ID.method}
            legend="Hoe gaf de inwoner toestemming?"
            options={METHOD_OPTIONS}
            value={values.method}
            error={errors.method}
            onChange={(method) => setValues((current) => ({ ...current, method }))}
          />
          <TextField
            id={FIELD_ID.expiresOn}
            label="Geldig tot"
            description="Standaard een jaar na de datum van geven. Vanaf deze dag geldt de toestemming niet meer."
            type="date"
            required
            value={values.expiresOn}
            error={errors.expiresOn}
            onChange={(expiresOn) => {
              setExpiryTyped(true);
              setValues((current) => ({ ...current, expiresOn }));
            }}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={loading}>
              Toestemming opslaan
            </Button>
            <Button type="button" appearance="secondary-action-button" onClick={cancel}>
              Annuleren
            </Button>
          </ButtonGroup>
        </form>
      )}

      <Heading level={3}>Geschiedenis</Heading>
      {jobSeeker.consentHistory.length === 0 ? (
        <Paragraph>Er is nog geen toestemming vastgelegd.</Paragraph>
      ) : (
        <UnorderedList aria-label="Geschiedenis van de toestemming">
          {jobSeeker.consentHistory.map((change) => (
            <UnorderedListItem key={change.id}>
              {change.status === 'WITHDRAWN' ? 'Ingetrokken' : 'Gegeven'} op{' '}
              {formatDate(change.effectiveOn)}
              {change.method && ` (${CONSENT_METHOD_LABELS[change.method].toLowerCase()})`}
              {change.expiresOn && `, geldig tot ${formatDate(change.expiresOn)}`}
              {change.recordedBy && ` · vastgelegd door ${change.recordedBy}`}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}
