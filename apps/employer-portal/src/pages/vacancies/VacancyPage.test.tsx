import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { ChangeVacancyStatusMutation } from '../../modules/vacancy/graphql/vacancy.js';
import {
  buildIntroducedCandidate,
  buildIntroduction,
  buildVacancy,
  connection,
} from '../../testing/builders.js';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import { VacancyPage, VacancyPageQuery } from './VacancyPage.js';

type Vacancy = ReturnType<typeof buildVacancy>;

function pageMock(
  vacancy: Vacancy,
  introductions: ReturnType<typeof buildIntroduction>[] = [],
): MockLink.MockedResponse {
  return {
    request: { query: VacancyPageQuery, variables: { id: vacancy.id } },
    result: {
      data: {
        vacancy,
        employerIntroductions: connection(introductions, 'EmployerIntroductionConnection'),
      },
    },
  };
}

function statusMock(
  id: string,
  status: string,
  result?: MockLink.MockedResponse['result'],
): MockLink.MockedResponse {
  return {
    request: { query: ChangeVacancyStatusMutation, variables: { id, status } },
    result: result ?? {
      data: {
        changeVacancyStatus: {
          __typename: 'Vacancy',
          id,
          status,
          updatedAt: '2026-05-04T09:00:00.000Z',
        },
      },
    },
  };
}

function renderPage(vacancy: Vacancy, ...mocks: MockLink.MockedResponse[]) {
  return renderPortal({
    path: `/vacatures/${vacancy.id}`,
    mocks: [sessionMock(buildViewer()), ...mocks],
  });
}

describe(VacancyPage.name, () => {
  it('shows the vacancy under its title, in euros and Dutch dates', async () => {
    const vacancy = buildVacancy({
      title: 'Medewerker bakkerij',
      wageMinCents: 1450,
      wageMaxCents: 1600,
      startsOn: '2026-09-01',
    });
    renderPage(vacancy, pageMock(vacancy));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Medewerker bakkerij' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Medewerker bakkerij - Werkbrug werkgeversportaal');
    expect(screen.getByText('€ 14,50 tot € 16,00 bruto per uur')).toBeInTheDocument();
    expect(screen.getByText('1 september 2026')).toBeInTheDocument();
    expect(screen.getByText('24 tot 32')).toBeInTheDocument();
    const competences = screen.getByRole('table', { name: 'Gevraagde competenties' });
    expect(within(competences).getByRole('row', { name: /Stiptheid/ })).toHaveTextContent(
      'Werkhouding3Vereist3',
    );
  });

  it('publishes a draft and says what happens next', async () => {
    const user = userEvent.setup();
    const vacancy = buildVacancy({ status: 'DRAFT' });
    renderPage(vacancy, pageMock(vacancy), statusMock(vacancy.id, 'OPEN'));

    await user.click(await screen.findByRole('button', { name: 'Publiceren' }));

    expect(await screen.findByText(/De vacature is gepubliceerd/)).toBeInTheDocument();
    expect(screen.getByText('Open', { selector: '.utrecht-status-badge' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sluiten' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publiceren' })).not.toBeInTheDocument();
  });

  it.each([
    ['DRAFT', ['Publiceren', 'Sluiten']],
    ['OPEN', ['Sluiten']],
    ['FILLED', ['Heropenen', 'Sluiten']],
    ['CLOSED', ['Heropenen']],
  ])('offers a %s vacancy the next steps %j', async (status, actions) => {
    const vacancy = buildVacancy({ status });
    renderPage(vacancy, pageMock(vacancy));

    await screen.findByRole('heading', { level: 1, name: vacancy.title });
    const buttons = screen
      .getAllByRole('button')
      .map((button) => button.textContent)
      .filter((name) => ['Publiceren', 'Sluiten', 'Heropenen'].includes(name ?? ''));
    expect(buttons).toEqual(actions);
  });

  it("shows the API's refusal of a status change", async () => {
    const user = userEvent.setup();
    const vacancy = buildVacancy({ status: 'OPEN' });
    const refusal = new GraphQLError(
      'Deze vacature is gearchiveerd en kan niet meer worden gewijzigd.',
      {
        extensions: { code: 'CONFLICT' },
      },
    );
    renderPage(
      vacancy,
      pageMock(vacancy),
      statusMock(vacancy.id, 'CLOSED', { errors: [refusal.toJSON()] }),
    );

    await user.click(await screen.findByRole('button', { name: 'Sluiten' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Deze vacature is gearchiveerd en kan niet meer worden gewijzigd.',
    );
  });

  it('lists the candidates put forward, by name only once introduced', async () => {
    const vacancy = buildVacancy({ title: 'Inpakker' });
    renderPage(
      vacancy,
      pageMock(vacancy, [
        buildIntroduction({ candidateLabel: 'Kandidaat 4711', status: 'CONSENT_REQUESTED' }),
        buildIntroduction({
          candidateLabel: 'Kandidaat 815',
          status: 'INTERVIEW',
          candidate: buildIntroducedCandidate({ firstName: 'Noor', lastName: 'Hendriks' }),
        }),
      ]),
    );

    const table = await screen.findByRole('table', { name: 'Kandidaten voor Inpakker' });
    expect(within(table).getByRole('row', { name: /Kandidaat 4711/ })).toHaveTextContent(
      'Werkzoekende gevraagd',
    );
    expect(within(table).getByRole('row', { name: /Noor Hendriks/ })).toHaveTextContent(
      'Kennismakingsgesprek',
    );
    expect(within(table).queryByText('Kandidaat 815')).not.toBeInTheDocument();
  });

  it('says so when no candidates were put forward yet', async () => {
    const vacancy = buildVacancy();
    renderPage(vacancy, pageMock(vacancy));

    expect(
      await screen.findByText(/heeft nog geen kandidaten voor deze vacature voorgedragen/),
    ).toBeInTheDocument();
  });

  it('shows the Dutch 404 for a vacancy that is not there', async () => {
    const missing = new GraphQLError('Deze vacature is niet gevonden.', {
      extensions: { code: 'NOT_FOUND' },
    });
    renderPortal({
      path: '/vacatures/bestaat-niet',
      mocks: [
        sessionMock(buildViewer()),
        {
          request: { query: VacancyPageQuery, variables: { id: 'bestaat-niet' } },
          result: { errors: [missing.toJSON()] },
        },
      ],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' }),
    ).toBeInTheDocument();
  });
});
