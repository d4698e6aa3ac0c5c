import { Button, Paragraph } from '@utrecht/component-library-react';
import { LoadError, LoadingState } from '@werkbrug/ui';
import type { ReactNode } from 'react';

export interface PagedResultsProps<T> {
  /** The connection as loaded so far; undefined while the first page loads. */
  connection?: { totalCount: number; pageInfo: { hasNextPage: boolean }; nodes: readonly T[] };
  error?: unknown;
  loadingMore: boolean;
  onRetry(): unknown;
  onLoadMore(): void;
  /** Dutch nouns, e.g. { one: 'vacature', many: 'vacatures' }. */
  noun: { one: string; many: string };
  empty: string;
  children(nodes: readonly T[]): ReactNode;
}

/** A list of search results: loading, error, count, empty state, the results and "load more". */
export function PagedResults<T>({
  connection,
  error,
  loadingMore,
  onRetry,
  onLoadMore,
  noun,
  empty,
  children,
}: PagedResultsProps<T>) {
  if (error && !connection) return <LoadError error={error} onRetry={onRetry} />;
  if (!connection) return <LoadingState />;
  const count = connection.totalCount;
  return (
    <>
      <Paragraph role="status">
        {count} {count === 1 ? noun.one : noun.many} gevonden.
      </Paragraph>
      {connection.nodes.length === 0 ? <Paragraph>{empty}</Paragraph> : children(connection.nodes)}
      {connection.pageInfo.hasNextPage && (
        <Button appearance="secondary-action-button" busy={loadingMore} onClick={onLoadMore}>
          {loadingMore ? 'Bezig met laden…' : `Meer ${noun.many} laden`}
        </Button>
      )}
      {error && <LoadError error={error} />}
    </>
  );
}
