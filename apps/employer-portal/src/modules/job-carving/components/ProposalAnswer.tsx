import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Textarea,
} from '@utrecht/component-library-react';
import { ErrorSummary, Field, fieldErrorsFrom, formErrorFrom, type FormError } from '@werkbrug/ui';
import { useState } from 'react';
import { ChangeJobCarvingStatusMutation } from '../graphql/jobCarving.js';

const NOTE_ID = 'voorstel-reden';

/**
 * The employer's answer to a proposed carved role: accept it (the WSP then creates the vacancy) or
 * reject it with a reason.
 */
export function ProposalAnswer({ requestId }: { requestId: string }) {
  const [changeStatus, { loading }] = useMutation(ChangeJobCarvingStatusMutation);
  const [rejecting, setRejecting] = useState(false);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const [error, setError] = useState<FormError | null>(null);
  const [attempt, setAttempt] = useState(0);

  async function answer(status: 'ACCEPTED' | 'REJECTED') {
    setError(null);
    setAttempt((n) => n + 1);
    if (status === 'REJECTED' && note.trim() === '') {
      setNoteError('Geef een reden voor de afwijzing.');
      return;
    }
    setNoteError(null);
    try {
      await changeStatus({
        variables: { id: requestId, status, note: note.trim() === '' ? null : note.trim() },
      });
    } catch (caught) {
      setError(formErrorFrom(caught));
    }
  }

  const apiNoteError = error
    ? fieldErrorsFrom(error.fields, (path) => (path === 'note' ? 'note' : null)).note
    : undefined;
  const shownNoteError = noteError ?? apiNoteError;

  return (
    <section aria-labelledby="uw-antwoord" className="werkbrug-stack">
      <Heading level={2} id="uw-antwoord">
        Uw antwoord
      </Heading>
      {(error || noteError) && (
        <ErrorSummary
          key={attempt}
          message={noteError ? 'Het formulier is niet goed ingevuld.' : (error?.message ?? '')}
          items={shownNoteError ? [{ fieldId: NOTE_ID, message: shownNoteError }] : []}
        />
      )}
      <Paragraph>
        Aanvaardt u het voorstel, dan maakt het werkgeversservicepunt er een vacature van en zoekt
        het kandidaten.
      </Paragraph>
      {rejecting ? (
        <>
          <Field
            id={NOTE_ID}
            label="Waarom wijst u het voorstel af?"
            description="Het werkgeversservicepunt gebruikt uw reden om het voorstel te verbeteren."
            error={shownNoteError}
          >
            {(control) => (
              <Textarea
                {...control}
                rows={4}
                value={note}
                onChange={(event) => setNote(event.target.value)}
              />
            )}
          </Field>
          <ButtonGroup>
            <Button
              appearance="primary-action-button"
              hint="danger"
              busy={loading}
              onClick={() => void answer('REJECTED')}
            >
              Voorstel afwijzen
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setRejecting(false)}>
              Annuleren
            </Button>
          </ButtonGroup>
        </>
      ) : (
        <ButtonGroup>
          <Button
            appearance="primary-action-button"
            busy={loading}
            onClick={() => void answer('ACCEPTED')}
          >
            Voorstel aanvaarden
          </Button>
          <Button appearance="secondary-action-button" onClick={() => setRejecting(true)}>
            Voorstel afwijzen
          </Button>
        </ButtonGroup>
      )}
      {loading && (
        <Alert type="info">
          <Paragraph>Bezig met opslaan…</Paragraph>
        </Alert>
      )}
    </section>
  );
}
