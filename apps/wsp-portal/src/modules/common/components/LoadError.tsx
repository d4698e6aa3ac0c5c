import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { loadErrorMessage } from '../errors.js';

export interface LoadErrorProps {
  error: unknown;
  /** Offers "Opnieuw proberen" when given. */
  onRetry?: () => unknown;
}

/** A query that failed, in Dutch, with a way to try again. */
export function LoadError({ error, onRetry }: LoadErrorProps) {
  return (
    <Alert type="error">
      <Paragraph>{loadErrorMessage(error)}</Paragraph>
      {onRetry && (
        <Button appearance="secondary-action-button" onClick={() => void onRetry()}>
          Opnieuw proberen
        </Button>
      )}
    </Alert>
  );
}
