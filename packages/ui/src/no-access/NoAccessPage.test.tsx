import { render, screen } from '@testing-library/react';
import { Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { NoAccessPage } from './NoAccessPage.js';

function renderPage(children?: ReactNode) {
  render(
    <MemoryRouter initialEntries={['/inwoners/17']}>
      <NoAccessPage>{children}</NoAccessPage>
    </MemoryRouter>,
  );
}

describe(NoAccessPage.name, () => {
  it('says in Dutch that there is no access', () => {
    renderPage();

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Geen toegang');
    expect(screen.getByText(/U heeft geen toegang tot deze pagina/)).toBeInTheDocument();
  });

  it('gives the reason it is handed instead of the general one', () => {
    renderPage(<Paragraph>Dit dossier hoort bij een andere regio.</Paragraph>);

    expect(screen.getByText('Dit dossier hoort bij een andere regio.')).toBeInTheDocument();
    expect(screen.queryByText(/U heeft geen toegang tot deze pagina/)).not.toBeInTheDocument();
  });

  it('links to the start page', () => {
    renderPage();

    expect(screen.getByRole('link', { name: 'Ga naar de startpagina' })).toHaveAttribute(
      'href',
      '/',
    );
  });

  it('names the page in the document title', () => {
    renderPage();

    expect(document.title).toBe('Geen toegang - Werkbrug');
  });
});
