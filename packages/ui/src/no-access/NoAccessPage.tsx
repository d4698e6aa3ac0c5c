import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { RouterLink } from '../navigation/RouterLink.js';
import { usePageTitle } from '../page-title/usePageTitle.js';

export interface NoAccessPageProps {
  /** Why, in Dutch; a general sentence when left out. */
  children?: ReactNode;
}

/** Shown instead of a page the user may not see: their role or region gives no access. */
export function NoAccessPage({ children }: NoAccessPageProps) {
  usePageTitle('Geen toegang');
  return (
    <>
      <Heading level={1}>Geen toegang</Heading>
      {children ?? (
        <Paragraph>
          U heeft geen toegang tot deze pagina. Denkt u dat dit niet klopt? Neem dan contact op met
          de beheerder van Werkbrug in uw organisatie.
        </Paragraph>
      )}
      <Paragraph>
        <RouterLink to="/">Ga naar de startpagina</RouterLink>
      </Paragraph>
    </>
  );
}
