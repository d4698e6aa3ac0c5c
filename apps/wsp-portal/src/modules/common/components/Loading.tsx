import { Paragraph } from '@utrecht/component-library-react';

/** Announced politely while data loads. */
export function Loading({ children = 'Bezig met laden…' }: { children?: string }) {
  return <Paragraph role="status">{children}</Paragraph>;
}
