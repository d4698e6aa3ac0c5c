import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';

export interface ConfirmArchiveProps {
  /** Unique id of the heading, which names the step. */
  id: string;
  title: string;
  /** What will be archived, in a sentence. */
  question: string;
  busy: boolean;
  /** Why archiving failed, if it did. */
  error: string | null;
  onConfirm(): void;
  onCancel(): void;
}

/** The step between "Archiveren" and archiving: says what goes and asks to confirm. */
export function ConfirmArchive({
  id,
  title,
  question,
  busy,
  error,
  onConfirm,
  onCancel,
}: ConfirmArchiveProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} role="group" aria-labelledby={id} className="werkbrug-form">
      <Heading level={3} id={id}>
        {title}
      </Heading>
      <Paragraph>{question}</Paragraph>
      <Paragraph>Gearchiveerd verdwijnt het uit deze lijst.</Paragraph>
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <ButtonGroup>
        <Button appearance="primary-action-button" busy={busy} onClick={onConfirm}>
          Ja, archiveren
        </Button>
        <Button appearance="secondary-action-button" onClick={onCancel}>
          Annuleren
        </Button>
      </ButtonGroup>
    </div>
  );
}
