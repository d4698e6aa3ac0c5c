import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { ChangeIntroductionStatusMutation } from '../../modules/introduction/components/IntroductionCard.js';
import { buildIntroduction, buildVacancy, connection } from '../../test-builders.js';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import { VacancyPage, VacancyPageQuery } from './VacancyPage.js';

const accountManager = buildViewer({ roles: ['ACCOUNT_MANAGER'] });
const consultant = buildViewer({ roles: ['CONSULTANT'] });

const vacancy = buildVacancy({
  title: 'Hovenier',
  competences: [
    {
      __typename: 'VacancyCompetence',
      minLevel: 3,
      requirement: 'REQUIRED',
      weight: 5,
      competence: {
        __typename: 'VacancyCompetenceDefinition',
        code: 'VOC_GREEN_MOWING',
        label: 'Maaien',
        group: 'VOCATIONAL',
      },
    },
  ],
});

function pageMock(
  introductions: ReturnType<typeof buildIntroduction>[] = [],
): MockLink.MockedResponse {
  return {
    request: { query: VacancyPageQuery, variables: { id: vacancy.id } },
    result: {
      data: { vacancy, introductions: connection('IntroductionConnection', introductions) },
    },
  };
}

describe(VacancyPage.name, () => {
  it('shows the vacancy and what it asks for', async () => {
    renderPortal({
      path: `/vacatures/${vacancy.id}`,
      mocks: [sessionMock(accountManager), pageMock()],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Hovenier' })).toBeInTheDocument();
    expect(document.title).toBe('Hovenier - Vacature - Werkbrug WSP-portaal');
    expect(screen.getByText('Garantiebaan')).toBeInTheDocument();
    expect(screen.getByText('20-28 uur')).toBeInTheDocument();
    const asked = within(screen.getByRole('table', { name: /Gevraagde competenties/ }));
    expect(asked.getByRole('row', { name: /Maaien/ })).toHaveTextContent(
      'MaaienVakvaardighedenNiveau 3: voldoendeVereist5',
    );
    expect(
      screen.getByText('Er staat nog niemand op de shortlist van deze vacature.'),
    ).toBeInTheDocument();
  });

  it('leads an account manager to the matching workbench', async () => {
    renderPortal({
      path: `/vacatures/${vacancy.id}`,
      mocks: [sessionMock(accountManager), pageMock()],
    });

    expect(await screen.findByRole('link', { name: 'Kandidaten zoeken' })).toHaveAttribute(
      'href',
      `/vacatures/${vacancy.id}/matching`,
    );
  });

  it('shows a consultant the pipeline but not the workbench', async () => {
    renderPortal({
      path: `/vacatures/${vacancy.id}`,
      mocks: [sessionMock(consultant), pageMock([buildIntroduction()])],
    });

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Pijplijn (1)' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Kandidaten zoeken' })).not.toBeInTheDocument();
  });

  it('shows the pipeline as a board with a column per stage, and moves a card on with a button', async () => {
    const running = buildIntroduction();
    const ended = buildIntroduction({
      status: 'WITHDRAWN',
      nextStatuses: [],
      endReason: 'VACANCY_FILLED',
      jobSeeker: {
        __typename: 'IntroductionJobSeeker',
        id: 'inwoner-x',
        candidateLabel: 'Kandidaat 1',
        firstName: 'Piet',
        lastName: 'Bos',
      },
    });
    const change: MockLink.MockedResponse = {
      request: {
        query: ChangeIntroductionStatusMutation,
        variables: {
          id: running.id,
          status: 'CONSENT_REQUESTED',
          note: null,
          endReason: null,
          consent: null,
        },
      },
      result: {
        data: {
          changeIntroductionStatus: {
            ...running,
            status: 'CONSENT_REQUESTED',
            nextStatuses: ['CONSENTED', 'DECLINED', 'WITHDRAWN'],
            history: [
              ...running.history,
              {
                __typename: 'IntroductionStatusChange',
                changedAt: '2026-11-03T09:00:00.000Z',
                fromStatus: 'PROPOSED',
                toStatus: 'CONSENT_REQUESTED',
                note: null,
                endReason: null,
                changedBy: { __typename: 'IntroductionActor', displayName: 'Sanne Vermeulen' },
              },
            ],
          },
        },
      },
    };
    const user = userEvent.setup();
    renderPortal({
      path: `/vacatures/${vacancy.id}`,
      mocks: [sessionMock(accountManager), pageMock([running, ended]), change],
    });

    const shortlist = await screen.findByRole('region', { name: 'Shortlist (1)' });
    expect(screen.getByRole('button', { name: 'Bord' })).toHaveAttribute('aria-pressed', 'true');
    expect(
      screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent),
    ).toEqual([
      'Shortlist (1)',
      'Toestemming gevraagd (0)',
      'Voorgesteld (0)',
      'Gesprek (0)',
      'Proefplaatsing (0)',
      'Geplaatst (0)',
      'Beëindigd (1)',
    ]);
    const endedColumn = screen.getByRole('region', { name: 'Beëindigd (1)' });
    expect(within(endedColumn).getByText('Reden: Vacature al vervuld')).toBeInTheDocument();

    await user.click(
      within(shortlist).getByRole('button', { name: 'Toestemming vragen: Fatma Yilmaz' }),
    );
    await user.click(within(shortlist).getByRole('button', { name: 'Toestemming vragen' }));

    const asked = await screen.findByRole('region', { name: 'Toestemming gevraagd (1)' });
    const card = within(asked).getByRole('article', { name: 'Fatma Yilmaz' });
    await waitFor(() => expect(card).toHaveFocus());
    expect(screen.getByRole('status')).toHaveTextContent(
      'Toestemming vragen: Fatma Yilmaz: gelukt.',
    );
    expect(
      within(card).getByRole('button', { name: 'Toestemming vastleggen: Fatma Yilmaz' }),
    ).toBeInTheDocument();
  });

  it('shows the pipeline as a list with the stage, the last change and the actions', async () => {
    const user = userEvent.setup();
    renderPortal({
      path: `/vacatures/${vacancy.id}`,
      mocks: [
        sessionMock(accountManager),
        pageMock([
          buildIntroduction({
            status: 'INTERVIEW',
            nextStatuses: ['TRIAL_PLACEMENT', 'PLACED', 'REJECTED', 'WITHDRAWN'],
          }),
        ]),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Lijst' }));

    const table = screen.getByRole('table', { name: 'De pijplijn van deze vacature, per fase' });
    const row = within(table).getByRole('row', { name: /Fatma Yilmaz/ });
    expect(within(row).getByRole('rowheader')).toHaveTextContent('Fatma Yilmaz');
    expect(row).toHaveTextContent('Gesprek');
    expect(row).toHaveTextContent('2 november 2026 om 10:15 door Sanne Vermeulen');
    await user.click(
      within(row).getByRole('button', { name: 'Afwijzing vastleggen: Fatma Yilmaz' }),
    );
    expect(
      screen.getByRole('heading', { name: 'Afwijzing vastleggen: Fatma Yilmaz' }),
    ).toHaveFocus();
    expect(
      within(screen.getByLabelText('Reden'))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Kies een reden',
      'Afgewezen door de werkgever',
      'Niet passend',
      'Vacature al vervuld',
      'Een andere reden',
    ]);
  });
});
