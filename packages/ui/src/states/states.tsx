import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/** Announced politely while a page or section waits for its data. */
export function LoadingState({ children = 'Bezig met laden…' }: { children?: ReactNode }) {
  return <Paragraph role="status">{children}</Paragraph>;
}

/** Data that could not be loaded: says so calmly, without technical detail. */
export function LoadError({
  children = 'Deze gegevens kunnen nu niet worden getoond. Probeer het over een paar minuten opnieuw.',
}: {
  children?: ReactNode;
}) {
  return (
    <Alert type="error">
      <Paragraph>{children}</Paragraph>
    </Alert>
  );
}
