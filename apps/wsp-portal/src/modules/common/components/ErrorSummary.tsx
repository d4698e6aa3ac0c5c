import {
  Alert,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';

export interface ErrorSummaryItem {
  /** The id of the input to move to. */
  inputId: string;
  message: string;
}

export interface ErrorSummaryProps {
  message: string;
  items?: readonly ErrorSummaryItem[];
}

/** The error alert above a form: what went wrong and a link to each field with an error. */
export function ErrorSummary({ message, items = [] }: ErrorSummaryProps) {
  return (
    <Alert type="error">
      <Paragraph>{message}</Paragraph>
      {items.length > 0 && (
        <UnorderedList>
          {items.map((item) => (
            <UnorderedListItem key={item.inputId}>
              <Link
                href={`#${item.inputId}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(item.inputId)?.focus();
                }}
              >
                {item.message}
              </Link>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </Alert>
  );
}
