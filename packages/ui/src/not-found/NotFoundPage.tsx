import { Heading, Paragraph } from '@utrecht/component-library-react';
import { RouterLink } from '../navigation/RouterLink.js';
import { usePageTitle } from '../page-title/usePageTitle.js';

export function NotFoundPage() {
  usePageTitle('Pagina niet gevonden');
  return (
    <>
      <Heading level={1}>Pagina niet gevonden</Heading>
      <Paragraph>
        De pagina die u zoekt bestaat niet (meer). Misschien is het adres niet goed overgenomen.
      </Paragraph>
      <Paragraph>
        <RouterLink to="/">Ga naar de startpagina</RouterLink>
      </Paragraph>
    </>
  );
}
