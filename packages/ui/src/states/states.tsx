import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { loadErrorMessage } from '../forms/errorCode.js';

/** Announced politely while a page or section waits for its data. */
export function LoadingState({ children = 'Bezig met laden…' }: { children?: ReactNode }) {
  return <Paragraph role="status">{children}</Paragraph>;
}

export interface LoadErrorProps {
  /** The query's error: the API's own Dutch message is shown when it wrote one for users. */
  error?: unknown;
  /** Offers "Opnieuw proberen" when given. */
  onRetry?: () => unknown;
  /** The text to show instead (wins over `error`). */
  children?: ReactNode;
}

const CANNOT_SHOW =
  'Deze gegevens kunnen nu niet worden getoond. Probeer het over een paar minuten opnieuw.';

/** Data that could not be loaded: says so calmly, without technical detail. */
export function LoadError({ error, onRetry, children }: LoadErrorProps) {
  const text = children ?? (error === undefined ? CANNOT_SHOW : loadErrorMessage(error));
  return (
    <Alert type="error">
      <Paragraph>{text}</Paragraph>
      {onRetry && (
        <Button appearance="secondary-action-button" onClick={() => void onRetry()}>
          Opnieuw proberen
        </Button>
      )}
    </Alert>
  );
}
