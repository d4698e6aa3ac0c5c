import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { NotFoundPage } from './NotFoundPage.js';

function renderPage() {
  render(
    <MemoryRouter initialEntries={['/bestaat-niet']}>
      <NotFoundPage />
    </MemoryRouter>,
  );
}

describe(NotFoundPage.name, () => {
  it('says in Dutch that the page does not exist', () => {
    renderPage();

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Pagina niet gevonden');
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

    expect(document.title).toBe('Pagina niet gevonden - Werkbrug');
  });
});
