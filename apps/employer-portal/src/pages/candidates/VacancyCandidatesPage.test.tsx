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

const vacancy = buildVacancy({ id: 'vacancy-1', title: 'Hovenier', hoursMin: 20, hoursMax: 32 });

function buildMatch(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'AnonymousCandidateMatch',
    rank: 1,
    score: 82.6,
    candidateLabel: 'Kandidaat 4711',
    candidateNumber: 4711,
    inDoelgroepregister: null,
    explanation: {
      __typename: 'AnonymousMatchExplanation',
      distanceKm: 7,
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

  it('offers an e-mail to the account manager to ask for an introduction', async () => {
    renderPage(matchesMock(null, { data: { vacancyMatches: [buildMatch()] } }));

    const link = await screen.findByRole('link', {
      name: 'Vraag een kennismaking met Kandidaat 4711 aan',
    });
    expect(link.getAttribute('href')).toMatch(/^mailto:karin\.visser@wsp-gooi\.nl\?subject=/);
    expect(decodeURIComponent(link.getAttribute('href') ?? '')).toContain(
      'Kennismaking met Kandidaat 4711 voor Hovenier',
    );
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
