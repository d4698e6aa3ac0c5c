import { screen } from '@testing-library/react';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import { StartPage } from './StartPage.js';

describe(StartPage.name, () => {
  it('welcomes the user by name', async () => {
    renderPortal({ path: '/', mocks: [sessionMock(buildViewer({ displayName: 'Henk Jansen' }))] });

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Welkom, Henk Jansen',
    );
  });

  it('shows the role in Dutch and the organisation', async () => {
    const viewer = buildViewer({ organisationName: 'Bakkerij De Korenschoof' });
    renderPortal({ path: '/', mocks: [sessionMock(viewer)] });

    expect(await screen.findByText('Uw rol')).toBeInTheDocument();
    expect(screen.getByText('Werkgever')).toBeInTheDocument();
    expect(screen.getByText('Bakkerij De Korenschoof')).toBeInTheDocument();
  });

  it('explains what the portal will offer', async () => {
    renderPortal({ path: '/', mocks: [sessionMock(buildViewer())] });

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Wat kunt u hier straks doen?' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/jobcarving-verzoek/)).toBeInTheDocument();
  });

  it('has a Dutch page title', async () => {
    renderPortal({ path: '/', mocks: [sessionMock(buildViewer())] });

    await screen.findByRole('heading', { level: 1 });
    expect(document.title).toBe('Startpagina - Werkbrug werkgeversportaal');
  });
});
