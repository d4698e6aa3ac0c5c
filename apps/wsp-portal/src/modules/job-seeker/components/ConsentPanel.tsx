import { useMutation } from '@apollo/client/react';
import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../../../gql/index.js';
import type { ConsentPanel_JobSeekerFragment, ConsentStatus } from '../../../gql/graphql.js';
import { Facts } from '../../common/components/Facts.js';
import { formatMoment } from '../../common/dates.js';
import { actionErrorFrom } from '../../common/errors.js';
import { consentLabel } from '../labels.js';

export const ConsentPanelFragment = graphql(`
  fragment ConsentPanel_jobSeeker on JobSeeker {
    id
    consentStatus
    consentUpdatedAt
    archivedAt
  }
`);

export const RecordJobSeekerConsentMutation = graphql(`
  mutation RecordJobSeekerConsent($id: ID!, $status: ConsentStatus!) {
    recordJobSeekerConsent(id: $id, status: $status) {
      id
      ...ConsentPanel_jobSeeker
    }
  }
`);

type Recordable = Exclude<ConsentStatus, 'NOT_ASKED'>;

const ACTIONS: Record<
  Recordable,
  { button: string; confirm: string; question: string; done: string }
> = {
  GRANTED: {
    button: 'Toestemming vastleggen',
    question:
      'Heeft de inwoner toestemming gegeven om een anoniem profiel aan werkgevers te tonen en voorgesteld te worden voor passend werk?',
    confirm: 'Ja, toestemming vastleggen',
    done: 'De toestemming is vastgelegd.',
  },
  WITHDRAWN: {
    button: 'Toestemming intrekken',
    question:
      'Wilt u de toestemming intrekken? De inwoner wordt dan meteen niet meer voorgesteld aan werkgevers.',
    confirm: 'Ja, toestemming intrekken',
    done: 'De toestemming is ingetrokken. De inwoner wordt niet meer voorgesteld.',
  },
};

export interface ConsentPanelProps {
  jobSeeker: ConsentPanel_JobSeekerFragment;
  /** Consultants record consent; others only read it. */
  canRecord: boolean;
}

/** Whether an anonymised profile may be shown to employers, and recording or withdrawing it. */
export function ConsentPanel({ jobSeeker, canRecord }: ConsentPanelProps) {
  const [record, { loading }] = useMutation(RecordJobSeekerConsentMutation);
  const [asking, setAsking] = useState<Recordable | null>(null);
  const [result, setResult] = useState<{ type: 'ok' | 'error'; message: string } | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const questionRef = useRef<HTMLDivElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const [focusTarget, setFocusTarget] = useState<'question' | 'start' | 'result' | null>(null);

  // Keep keyboard and screen-reader users where the action continues.
  useEffect(() => {
    const targets = { question: questionRef, start: startRef, result: resultRef };
    if (focusTarget) targets[focusTarget].current?.focus();
    setFocusTarget(null);
  }, [focusTarget]);
  const next: Recordable = jobSeeker.consentStatus === 'GRANTED' ? 'WITHDRAWN' : 'GRANTED';
  const archived = jobSeeker.archivedAt !== null;
  // On an archived file only withdrawing is possible.
  const mayRecord = canRecord && (!archived || next === 'WITHDRAWN');

  async function handleConfirm(status: Recordable) {
    try {
      await record({ variables: { id: jobSeeker.id, status } });
      setResult({ type: 'ok', message: ACTIONS[status].done });
    } catch (error) {
      setResult({ type: 'error', message: actionErrorFrom(error).message });
    }
    setAsking(null);
    setFocusTarget('result');
  }

  return (
    <section aria-labelledby="toestemming">
      <Heading level={2} id="toestemming">
        Toestemming
      </Heading>
      <Facts
        facts={[
          {
            label: 'Anoniem profiel tonen aan werkgevers',
            value: consentLabel(jobSeeker.consentStatus),
          },
          {
            label: 'Laatst gewijzigd',
            value: jobSeeker.consentUpdatedAt ? formatMoment(jobSeeker.consentUpdatedAt) : 'Nooit',
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
      {mayRecord &&
        (asking ? (
          <div className="werkbrug-confirm" ref={questionRef} tabIndex={-1}>
            <Paragraph>{ACTIONS[asking].question}</Paragraph>
            <ButtonGroup>
              <Button
                appearance="primary-action-button"
                busy={loading}
                onClick={() => void handleConfirm(asking)}
              >
                {ACTIONS[asking].confirm}
              </Button>
              <Button
                appearance="secondary-action-button"
                onClick={() => {
                  setAsking(null);
                  setFocusTarget('start');
                }}
              >
                Annuleren
              </Button>
            </ButtonGroup>
          </div>
        ) : (
          <Button
            ref={startRef}
            appearance="secondary-action-button"
            onClick={() => {
              setResult(null);
              setAsking(next);
              setFocusTarget('question');
            }}
          >
            {ACTIONS[next].button}
          </Button>
        ))}
    </section>
  );
}
