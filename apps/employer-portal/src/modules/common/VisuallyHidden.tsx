import type { ReactNode } from 'react';

/** Text for screen readers only, e.g. which item a "Wijzigen" button is about. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="werkbrug-visually-hidden">{children}</span>;
}
