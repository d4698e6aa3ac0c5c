import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
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
      screen.getByText('Er is nog niemand voorgedragen voor deze vacature.'),
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
      await screen.findByRole('heading', { level: 2, name: 'Voorgedragen kandidaten (1)' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Kandidaten zoeken' })).not.toBeInTheDocument();
  });

  it('splits the pipeline into running and ended introductions, and updates it after a change', async () => {
    const running = buildIntroduction();
    const ended = buildIntroduction({
      status: 'WITHDRAWN',
      nextStatuses: [],
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
        variables: { id: running.id, status: 'CONSENT_REQUESTED', note: null },
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

    expect(
      await screen.findByRole('heading', { level: 3, name: 'Lopend (1)' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Afgerond (1)' })).toBeInTheDocument();
    const card = screen.getByRole('article', { name: 'Fatma Yilmaz' });
    await user.click(within(card).getByRole('radio', { name: 'Toestemming gevraagd' }));
    await user.click(within(card).getByRole('button', { name: 'Status wijzigen' }));

    expect(
      await within(card).findByText('De status is nu: Toestemming gevraagd.'),
    ).toBeInTheDocument();
    expect(within(card).getAllByRole('listitem')).toHaveLength(2);
    expect(within(card).getByRole('radio', { name: 'Toestemming gegeven' })).toBeInTheDocument();
  });
});
