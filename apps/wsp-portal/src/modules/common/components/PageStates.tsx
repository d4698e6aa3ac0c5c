import { Heading } from '@utrecht/component-library-react';
import {
  errorCodeOf,
  LoadError,
  LoadingState,
  NoAccessPage,
  NotFoundPage,
  usePageTitle,
} from '@werkbrug/ui';
import type { ReactNode } from 'react';

/** A detail page while its data loads: its general title, one h1 and a polite status. */
export function LoadingPage({ title }: { title: string }) {
  usePageTitle(title);
  return (
    <>
      <Heading level={1}>{title}</Heading>
      <LoadingState />
    </>
  );
}

function ErrorPage({ title, error, onRetry }: QueryErrorPageProps) {
  usePageTitle(title);
  return (
    <>
      <Heading level={1}>{title}</Heading>
      <LoadError error={error} onRetry={onRetry} />
    </>
  );
}

export interface QueryErrorPageProps {
  /** The page's general title, e.g. "Dossier". */
  title: string;
  error: unknown;
  onRetry?: () => unknown;
  /** Why there is no access, when the API says FORBIDDEN. */
  forbidden?: ReactNode;
}

/**
 * A detail page whose query failed: "Geen toegang" when the API refuses (another region, another
 * role), "Pagina niet gevonden" for an unknown or malformed id, otherwise the error with a way to try again.
 */
export function QueryErrorPage(props: QueryErrorPageProps) {
  switch (errorCodeOf(props.error)) {
    case 'FORBIDDEN':
      return <NoAccessPage>{props.forbidden}</NoAccessPage>;
    // The only input of a detail page is the id in its address: a malformed one is not found.
    case 'NOT_FOUND':
    case 'BAD_USER_INPUT':
      return <NotFoundPage />;
    default:
      return <ErrorPage {...props} />;
  }
}
