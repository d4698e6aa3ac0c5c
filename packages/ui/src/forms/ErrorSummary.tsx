import {
  Alert,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';

export interface ErrorSummaryItem {
  /** The id of the input to fix; the link moves the focus there. */
  fieldId: string;
  message: string;
}

export interface ErrorSummaryProps {
  message: string;
  items?: readonly ErrorSummaryItem[];
  /**
   * Moves the focus to the summary when it appears: for long forms, where the first wrong field
   * may be far from the submit button. Short forms rather focus the field itself.
   */
  focusOnMount?: boolean;
}

/**
 * The form's errors at the top, each a link to its field. Rendered as an alert, so a screen reader
 * announces it; give it a new `key` per attempt to re-announce an unchanged text.
 */
export function ErrorSummary({ message, items = [], focusOnMount = false }: ErrorSummaryProps) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusOnMount) container.current?.focus();
  }, [focusOnMount]);

  return (
    <div ref={container} tabIndex={-1} className="werkbrug-error-summary">
      <Alert type="error">
        <Paragraph>{message}</Paragraph>
        {items.length > 0 && (
          <UnorderedList>
            {items.map(({ fieldId, message: text }) => (
              <UnorderedListItem key={`${fieldId}:${text}`}>
                <Link
                  href={`#${fieldId}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(fieldId)?.focus();
                  }}
                >
                  {text}
                </Link>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </Alert>
    </div>
  );
}
