import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Textarea,
} from '@utrecht/component-library-react';
import type { IntroductionStatus } from '@werkbrug/domain-rules';
import { ErrorSummary, Field, formErrorFrom, RadioGroup } from '@werkbrug/ui';
import { useState } from 'react';
import { ChangeEmployerIntroductionStatusMutation } from '../graphql/introduction.js';

/** The steps an employer reports itself, in its own words. */
const STEP_LABELS: Partial<Record<IntroductionStatus, string>> = {
  INTERVIEW: 'We hebben een kennismakingsgesprek (gepland)',
  TRIAL_PLACEMENT: 'De kandidaat is met een proefplaatsing begonnen',
  PLACED: 'De kandidaat komt bij ons werken',
  REJECTED: 'We gaan niet verder met deze kandidaat',
};

const DONE: Partial<Record<IntroductionStatus, string>> = {
  INTERVIEW: 'Het kennismakingsgesprek is vastgelegd.',
  TRIAL_PLACEMENT: 'De proefplaatsing is vastgelegd.',
  PLACED:
    'Vastgelegd: de kandidaat komt bij u werken. Het werkgeversservicepunt neemt contact op over de plaatsing.',
  REJECTED: 'Vastgelegd: u gaat niet verder met deze kandidaat.',
};

export interface IntroductionStatusChangeProps {
  id: string;
  nextStatuses: readonly IntroductionStatus[];
}

/** Lets the employer report the next step with a candidate it was introduced to. */
export function IntroductionStatusChange({ id, nextStatuses }: IntroductionStatusChangeProps) {
  const [changeStatus, { loading }] = useMutation(ChangeEmployerIntroductionStatusMutation);
  const [status, setStatus] = useState<IntroductionStatus | ''>('');
  const [note, setNote] = useState('');
  const [choiceError, setChoiceError] = useState<string | null>(null);
  const [result, setResult] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const options = nextStatuses.filter((next) => STEP_LABELS[next]);

  async function save() {
    setResult(null);
    setAttempt((n) => n + 1);
    if (status === '') {
      setChoiceError('Kies wat er is gebeurd.');
      return;
    }
    setChoiceError(null);
    try {
      await changeStatus({
        variables: { id, status, note: note.trim() === '' ? null : note.trim() },
      });
      setResult({ type: 'ok', text: DONE[status] ?? 'Vastgelegd.' });
      setStatus('');
      setNote('');
    } catch (caught) {
      setResult({ type: 'error', text: formErrorFrom(caught).message });
    }
  }

  return (
    <section aria-labelledby="volgende-stap" className="werkbrug-stack">
      <Heading level={2} id="volgende-stap">
        Volgende stap doorgeven
      </Heading>
      {result && (
        <Alert type={result.type}>
          <Paragraph>{result.text}</Paragraph>
        </Alert>
      )}
      {options.length === 0 ? (
        <Paragraph>
          U hoeft nu niets te doen. Het werkgeversservicepunt houdt u op de hoogte.
        </Paragraph>
      ) : (
        <form
          className="werkbrug-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          {choiceError && (
            <ErrorSummary
              key={attempt}
              message="Het formulier is niet goed ingevuld."
              items={[{ fieldId: 'volgende-stap-keuze', message: choiceError }]}
            />
          )}
          <RadioGroup<IntroductionStatus>
            id="volgende-stap-keuze"
            name="status"
            legend="Wat is er gebeurd?"
            error={choiceError ?? undefined}
            options={options.map((next) => ({ value: next, label: STEP_LABELS[next] }))}
            value={status}
            onChange={setStatus}
          />
          <Field
            id="volgende-stap-toelichting"
            label="Toelichting voor het werkgeversservicepunt (niet verplicht)"
          >
            {(control) => (
              <Textarea
                {...control}
                rows={3}
                value={note}
                onChange={(event) => setNote(event.target.value)}
              />
            )}
          </Field>
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={loading}>
              Doorgeven
            </Button>
          </ButtonGroup>
        </form>
      )}
    </section>
  );
}
