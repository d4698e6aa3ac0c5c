import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import {
  buildEmployer,
  buildIntroducedCandidate,
  buildIntroduction,
  buildVacancy,
} from '../../testing/builders.js';
import { startPageMock } from '../../testing/mocks.js';
import { buildViewer, logoutMock, renderPortal, sessionMock } from '../../test-utils.js';
import { StartPage } from './StartPage.js';

function renderStartPage(overview: Parameters<typeof startPageMock>[0] = {}) {
  return renderPortal({
    path: '/',
    mocks: [sessionMock(buildViewer({ displayName: 'Henk Jansen' })), startPageMock(overview)],
  });
}

describe(StartPage.name, () => {
  it('welcomes the user by name under a Dutch page title', async () => {
    renderStartPage();

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Welkom, Henk Jansen',
    );
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.title).toBe('Startpagina - Werkbrug werkgeversportaal');
  });

  it('says it is loading the overview', async () => {
    renderStartPage();

    expect(await screen.findByRole('status')).toHaveTextContent('Bezig met laden…');
  });

  it('lists the open vacancies with their details', async () => {
    renderStartPage({
      vacancies: [
        buildVacancy({ title: 'Inpakker', kind: 'GARANTIEBAAN', hoursMin: 20, hoursMax: 20 }),
      ],
    });

    const table = await screen.findByRole('table', { name: '1 open vacature' });
    const row = within(table).getByRole('row', { name: /Inpakker/ });
    expect(row).toHaveTextContent('Garantiebaan');
    expect(row).toHaveTextContent('Open');
    expect(within(row).getByRole('link', { name: 'Inpakker' })).toBeInTheDocument();
  });

  it('says so when there are no open vacancies', async () => {
    renderStartPage();

    expect(
      await screen.findByText('U heeft op dit moment geen open vacatures.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nieuwe vacature' })).toHaveAttribute(
      'href',
      '/vacatures/nieuw',
    );
  });

  it('lists the introductions still under way, anonymous until introduced', async () => {
    renderStartPage({
      introductions: [
        buildIntroduction({ candidateLabel: 'Kandidaat 4711', status: 'CONSENT_REQUESTED' }),
        buildIntroduction({
          candidateLabel: 'Kandidaat 815',
          status: 'INTRODUCED',
          candidate: buildIntroducedCandidate({ firstName: 'Noor', lastName: 'Hendriks' }),
        }),
        buildIntroduction({ candidateLabel: 'Kandidaat 99', status: 'PLACED' }),
      ],
    });

    const table = await screen.findByRole('table', {
      name: 'Voorgedragen kandidaten die nog in behandeling zijn',
    });
    expect(within(table).getByRole('link', { name: 'Kandidaat 4711' })).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Noor Hendriks' })).toBeInTheDocument();
    expect(within(table).queryByText('Kandidaat 99')).not.toBeInTheDocument();
  });

  it('says so when no candidates are under way', async () => {
    renderStartPage({ introductions: [buildIntroduction({ status: 'REJECTED' })] });

    expect(
      await screen.findByText(
        'Er zijn op dit moment geen kandidaten voor uw vacatures in behandeling.',
      ),
    ).toBeInTheDocument();
  });

  it('shows the account manager with a link to e-mail them', async () => {
    renderStartPage();

    const section = await screen.findByRole('region', { name: 'Uw accountmanager' });
    expect(section).toHaveTextContent('Karin Visser');
    expect(within(section).getByRole('link', { name: 'karin.visser@wsp-gooi.nl' })).toHaveAttribute(
      'href',
      'mailto:karin.visser@wsp-gooi.nl',
    );
  });

  it('explains what happens when no account manager is assigned yet', async () => {
    renderStartPage({ employer: buildEmployer({ accountManager: null }) });

    const section = await screen.findByRole('region', { name: 'Uw accountmanager' });
    expect(section).toHaveTextContent('Er is nog geen accountmanager');
  });

  it('points out a job-carving proposal that waits for an answer', async () => {
    renderStartPage({ proposals: [{ id: 'jc-1', department: 'Bakkerij' }] });

    const notice = await screen.findByText(
      /voorstel gedaan voor uw jobcarving-verzoek \(Bakkerij\)/,
    );
    expect(within(notice).getByRole('link', { name: 'Bekijk het voorstel' })).toHaveAttribute(
      'href',
      '/jobcarving/jc-1',
    );
  });

  it('says calmly when the overview cannot be loaded', async () => {
    renderPortal({
      path: '/',
      mocks: [
        sessionMock(buildViewer()),
        { ...startPageMock(), result: undefined, error: new Error('Failed to fetch') },
      ],
    });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Uw overzicht kan nu niet worden getoond.',
    );
  });

  it('logs out to the login page while its overview is still loading', async () => {
    const user = userEvent.setup();
    const { location } = renderPortal({
      path: '/',
      mocks: [
        sessionMock(buildViewer()),
        { ...startPageMock(), delay: 10_000 },
        logoutMock(),
        // After logging out the cache is emptied: the session is asked again, and is gone.
        sessionMock(null),
        startPageMock(),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Uitloggen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(location().pathname).toBe('/inloggen');
  });
});
