import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { ChangeEmployerIntroductionStatusMutation } from '../../modules/introduction/graphql/introduction.js';
import { buildIntroducedCandidate, buildIntroduction } from '../../testing/builders.js';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import { IntroductionPage, IntroductionPageQuery } from './IntroductionPage.js';

type Introduction = ReturnType<typeof buildIntroduction>;

function renderPage(introduction: Introduction, ...mocks: MockLink.MockedResponse[]) {
  return renderPortal({
    path: `/voorstellen/${introduction.id}`,
    mocks: [
      sessionMock(buildViewer()),
      {
        request: { query: IntroductionPageQuery, variables: { id: introduction.id } },
        result: { data: { employerIntroduction: introduction } },
      },
      ...mocks,
    ],
  });
}

const history = (...statuses: string[]) =>
  statuses.map((toStatus, i) => ({
    __typename: 'EmployerIntroductionStatusChange',
    changedAt: `2026-05-0${i + 1}T09:00:00.000Z`,
    fromStatus: i === 0 ? null : statuses[i - 1],
    toStatus,
  }));

describe(IntroductionPage.name, () => {
  it('keeps a candidate anonymous before the introduction', async () => {
    renderPage(
      buildIntroduction({
        candidateLabel: 'Kandidaat 4711',
        status: 'CONSENT_REQUESTED',
        history: history('PROPOSED', 'CONSENT_REQUESTED'),
      }),
    );

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kandidaat 4711' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Deze kandidaat is nog anoniem/)).toBeInTheDocument();
    expect(screen.queryByText('E-mailadres')).not.toBeInTheDocument();
    expect(screen.getByText(/U hoeft nu niets te doen/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Verloop' })).toHaveTextContent(
      '2 mei 2026: Werkzoekende gevraagd',
    );
    const steps = screen.getByRole('list', { name: 'Voortgang van de kennismaking' });
    expect(
      within(steps)
        .getAllByRole('listitem')
        .map((step) => step.textContent),
    ).toEqual([
      '✓ Aangevraagd (afgerond)',
      '● Werkzoekende gevraagd (huidige stap)',
      '○ Akkoord werkzoekende (nog niet)',
      '○ Voorgesteld (nog niet)',
    ]);
  });

  it('shows the name and contact details once introduced', async () => {
    renderPage(
      buildIntroduction({
        status: 'INTRODUCED',
        nextStatuses: ['INTERVIEW', 'REJECTED'],
        candidate: buildIntroducedCandidate({
          firstName: 'Noor',
          lastName: 'Hendriks',
          email: 'noor@voorbeeld.nl',
          phone: '06 12 34 56 78',
        }),
      }),
    );

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Noor Hendriks' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'noor@voorbeeld.nl' })).toHaveAttribute(
      'href',
      'mailto:noor@voorbeeld.nl',
    );
    expect(screen.getByText('06 12 34 56 78')).toBeInTheDocument();
  });

  it('says whether the candidate is in the doelgroepregister, for a garantiebaan only', async () => {
    renderPage(buildIntroduction({ inDoelgroepregister: true }));

    expect(await screen.findByText('In het doelgroepregister')).toBeInTheDocument();
    expect(screen.getByText('Ja')).toBeInTheDocument();
  });

  it('reports an interview with a note', async () => {
    const user = userEvent.setup();
    const introduction = buildIntroduction({
      status: 'INTRODUCED',
      nextStatuses: ['INTERVIEW', 'REJECTED'],
      candidate: buildIntroducedCandidate(),
    });
    renderPage(introduction, {
      request: {
        query: ChangeEmployerIntroductionStatusMutation,
        variables: { id: introduction.id, status: 'INTERVIEW', note: 'Dinsdag om 10 uur.' },
      },
      result: {
        data: {
          changeEmployerIntroductionStatus: {
            ...introduction,
            status: 'INTERVIEW',
            nextStatuses: ['TRIAL_PLACEMENT', 'PLACED', 'REJECTED'],
            history: history('INTRODUCED', 'INTERVIEW'),
          },
        },
      },
    });

    await user.click(
      await screen.findByRole('radio', { name: 'We hebben een kennismakingsgesprek (gepland)' }),
    );
    await user.type(
      screen.getByLabelText('Toelichting voor het werkgeversservicepunt (niet verplicht)'),
      'Dinsdag om 10 uur.',
    );
    await user.click(screen.getByRole('button', { name: 'Doorgeven' }));

    expect(await screen.findByText('Het kennismakingsgesprek is vastgelegd.')).toBeInTheDocument();
    expect(
      screen.getByRole('radio', { name: 'De kandidaat is met een proefplaatsing begonnen' }),
    ).toBeInTheDocument();
  });

  it('asks what happened before reporting anything', async () => {
    const user = userEvent.setup();
    renderPage(
      buildIntroduction({
        status: 'INTRODUCED',
        nextStatuses: ['INTERVIEW', 'REJECTED'],
        candidate: buildIntroducedCandidate(),
      }),
    );

    await user.click(await screen.findByRole('button', { name: 'Doorgeven' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Kies wat er is gebeurd.');
    expect(screen.getByRole('group', { name: 'Wat is er gebeurd?' })).toHaveAccessibleDescription(
      'Kies wat er is gebeurd.',
    );
  });
});
