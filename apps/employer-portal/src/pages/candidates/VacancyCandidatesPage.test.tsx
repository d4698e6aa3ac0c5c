import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { buildEmployer, buildVacancy } from '../../testing/builders.js';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import {
  VacancyCandidatesMatchesQuery,
  VacancyCandidatesPage,
  VacancyCandidatesPageQuery,
} from './VacancyCandidatesPage.js';
import { RequestIntroductionsMutation } from '../../modules/introduction/graphql/introductionRequest.js';

const vacancy = buildVacancy({ id: 'vacancy-1', title: 'Hovenier', hoursMin: 20, hoursMax: 32 });

function buildMatch(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'AnonymousCandidateMatch',
    rank: 1,
    score: 82.6,
    candidateLabel: 'Kandidaat 4711',
    candidateNumber: 4711,
    inDoelgroepregister: null,
    startPerspectiveLabel: 'Direct beschikbaar',
    instruments: ['LOONKOSTENSUBSIDIE', 'JOBCOACH'],
    explanation: {
      __typename: 'AnonymousMatchExplanation',
      distanceBand: '< 10 km',
      hoursAvailable: 24,
      hoursMin: 20,
      hoursMax: 32,
      competencesMet: [
        {
          __typename: 'MatchedCompetence',
          code: 'WA_PUNCTUALITY',
          label: 'Op tijd komen',
          level: 4,
          minLevel: 3,
          requirement: 'REQUIRED',
        },
      ],
      gaps: [
        {
          __typename: 'MatchCompetenceGap',
          code: 'PH_LIFTING',
          label: 'Tillen en dragen',
          level: 2,
          minLevel: 3,
          gap: 1,
          requirement: 'WISHED',
          trainable: true,
        },
        {
          __typename: 'MatchCompetenceGap',
          code: 'CERT_VCA',
          label: 'VCA Basis',
          level: 0,
          minLevel: 5,
          gap: 5,
          requirement: 'REQUIRED',
          trainable: false,
        },
      ],
    },
    ...overrides,
  };
}

const pageMock: MockLink.MockedResponse = {
  request: { query: VacancyCandidatesPageQuery, variables: { id: 'vacancy-1', employerId: '17' } },
  result: { data: { vacancy, employer: buildEmployer() } },
};

function matchesMock(
  maxDistanceKm: number | null,
  result: MockLink.MockedResponse['result'],
): MockLink.MockedResponse {
  return {
    request: {
      query: VacancyCandidatesMatchesQuery,
      variables: { vacancyId: 'vacancy-1', maxDistanceKm },
    },
    result,
  };
}

function renderPage(...mocks: MockLink.MockedResponse[]) {
  return renderPortal({
    path: '/vacatures/vacancy-1/kandidaten',
    mocks: [sessionMock(buildViewer()), pageMock, ...mocks],
  });
}

describe(VacancyCandidatesPage.name, () => {
  it('shows each candidate anonymously with score, hours and a distance band', async () => {
    renderPage(matchesMock(null, { data: { vacancyMatches: [buildMatch()] } }));

    const card = await screen.findByRole('article', { name: 'Kandidaat 4711' });
    expect(card).toHaveTextContent('Past 83 van 100');
    expect(card).toHaveTextContent('Beschikbaar 24 uur per week; u vraagt 20 tot 32 uur.');
    expect(card).toHaveTextContent('Woont < 10 km van de vestiging.');
    expect(document.title).toBe('Kandidaten voor Hovenier - Werkbrug werkgeversportaal');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('shows per competence what is asked, what the candidate has and the gap', async () => {
    renderPage(matchesMock(null, { data: { vacancyMatches: [buildMatch()] } }));

    const table = await screen.findByRole('table', { name: 'Competenties van Kandidaat 4711' });
    expect(within(table).getByRole('row', { name: /Op tijd komen/ })).toHaveTextContent(
      'niveau 3niveau 4Voldoet',
    );
    expect(within(table).getByRole('row', { name: /Tillen en dragen/ })).toHaveTextContent(
      '1 niveau te kort; te leren op het werk of met een korte cursus',
    );
    expect(within(table).getByRole('row', { name: /VCA Basis/ })).toHaveTextContent(
      'geenNog niet aanwezig',
    );
  });

  it('shows when the candidate could start and which support could apply, without why', async () => {
    renderPage(matchesMock(null, { data: { vacancyMatches: [buildMatch()] } }));

    const card = await screen.findByRole('article', { name: 'Kandidaat 4711' });
    expect(card).toHaveTextContent('Start: Direct beschikbaar.');
    expect(card).toHaveTextContent('Mogelijke ondersteuning: loonkostensubsidie, jobcoach');
  });

  it('requests an introduction for the ticked candidates with a message and a date', async () => {
    const user = userEvent.setup();
    const second = buildMatch({ rank: 2, candidateLabel: 'Kandidaat 815', candidateNumber: 815 });
    renderPage(matchesMock(null, { data: { vacancyMatches: [buildMatch(), second] } }), {
      request: {
        query: RequestIntroductionsMutation,
        variables: {
          input: {
            vacancyId: 'vacancy-1',
            candidateNumbers: [815],
            message: 'Graag op dinsdag.',
            proposedDates: ['2099-03-02'],
          },
        },
      },
      result: {
        data: {
          requestIntroductions: {
            __typename: 'IntroductionRequestResult',
            introductions: [
              {
                __typename: 'EmployerIntroduction',
                id: 'intro-1',
                candidateLabel: 'Kandidaat 815',
                status: 'PROPOSED',
              },
            ],
            failures: [],
          },
        },
      },
    });

    await user.click(
      await screen.findByRole('checkbox', { name: 'Kies Kandidaat 815 voor een kennismaking' }),
    );
    expect(screen.getByText('Gekozen: Kandidaat 815.')).toBeInTheDocument();
    await user.type(
      screen.getByLabelText(/Bericht aan het werkgeversservicepunt/),
      'Graag op dinsdag.',
    );
    await user.type(screen.getByLabelText('Voorgestelde datum 1 (niet verplicht)'), '2099-03-02');
    await user.click(screen.getByRole('button', { name: 'Kennismaking aanvragen' }));

    expect(
      await screen.findByRole('heading', { name: 'Uw aanvraag is verstuurd' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kandidaat 815' })).toHaveAttribute(
      'href',
      '/voorstellen/intro-1',
    );
  });

  it('asks to tick a candidate first, and keeps what was typed', async () => {
    const user = userEvent.setup();
    renderPage(matchesMock(null, { data: { vacancyMatches: [buildMatch()] } }));

    await user.type(await screen.findByLabelText(/Bericht aan het werkgeversservicepunt/), 'Hallo');
    await user.click(screen.getByRole('button', { name: 'Kennismaking aanvragen' }));

    expect(
      await screen.findByRole('link', { name: 'Kies minstens één kandidaat.' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/Bericht aan het werkgeversservicepunt/)).toHaveValue('Hallo');
  });

  it("shows the API's error at the date it is about", async () => {
    const user = userEvent.setup();
    renderPage(matchesMock(null, { data: { vacancyMatches: [buildMatch()] } }), {
      request: {
        query: RequestIntroductionsMutation,
        variables: {
          input: {
            vacancyId: 'vacancy-1',
            candidateNumbers: [4711],
            message: null,
            proposedDates: ['2099-05-01'],
          },
        },
      },
      result: {
        errors: [
          new GraphQLError('De invoer is niet geldig.', {
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [{ field: 'input.proposedDates.0', message: 'Kies een datum na vandaag.' }],
            },
          }),
        ],
      },
    });

    await user.click(
      await screen.findByRole('checkbox', { name: 'Kies Kandidaat 4711 voor een kennismaking' }),
    );
    await user.type(screen.getByLabelText('Voorgestelde datum 2 (niet verplicht)'), '2099-05-01');
    await user.click(screen.getByRole('button', { name: 'Kennismaking aanvragen' }));

    const date = screen.getByLabelText('Voorgestelde datum 2 (niet verplicht)');
    expect(await screen.findByRole('link', { name: 'Kies een datum na vandaag.' })).toHaveAttribute(
      'href',
      '#kennismaking-date1',
    );
    expect(date).toHaveValue('2099-05-01');
  });

  it('says that a candidate qualifies for a garantiebaan, and nothing more', async () => {
    renderPage(
      matchesMock(null, { data: { vacancyMatches: [buildMatch({ inDoelgroepregister: true })] } }),
    );

    expect(
      await screen.findByText(/Komt in aanmerking voor deze garantiebaan\./),
    ).toBeInTheDocument();
  });

  it('narrows the candidates down by distance', async () => {
    const user = userEvent.setup();
    renderPage(
      matchesMock(null, {
        data: {
          vacancyMatches: [
            buildMatch(),
            buildMatch({ candidateLabel: 'Kandidaat 815', candidateNumber: 815, rank: 2 }),
          ],
        },
      }),
      matchesMock(10, { data: { vacancyMatches: [buildMatch()] } }),
    );

    await screen.findByRole('article', { name: 'Kandidaat 815' });
    await user.selectOptions(screen.getByLabelText('Toon kandidaten die wonen'), 'Binnen 10 km');

    expect(
      await screen.findByText('1 passende kandidaat, de best passende eerst.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Kandidaat 815' })).not.toBeInTheDocument();
  });

  it('says so when nobody fits yet', async () => {
    renderPage(matchesMock(null, { data: { vacancyMatches: [] } }));

    expect(
      await screen.findByText(/Er zijn nu geen passende kandidaten die hun profiel laten zien/),
    ).toBeInTheDocument();
  });

  it("explains with the API's words why a vacancy has no candidates", async () => {
    const refusal = new GraphQLError('Alleen voor open vacatures worden kandidaten gezocht.', {
      extensions: { code: 'CONFLICT' },
    });
    renderPage(matchesMock(null, { errors: [refusal.toJSON()] }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Alleen voor open vacatures worden kandidaten gezocht.',
    );
  });
});
