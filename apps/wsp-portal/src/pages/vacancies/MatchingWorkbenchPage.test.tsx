import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { ProposeIntroductionMutation } from '../../modules/matching/components/SuggestionCard.js';
import { buildIntroduction, buildVacancy } from '../../test-builders.js';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import {
  MatchingWorkbenchPage,
  MatchingWorkbenchPageQuery,
  MatchingWorkbenchSuggestionsQuery,
} from './MatchingWorkbenchPage.js';

const accountManager = buildViewer({ roles: ['ACCOUNT_MANAGER'] });
const vacancy = buildVacancy({ title: 'Hovenier' });
// Filters not set are left out: the matching engine refuses a null minScore.
const DEFAULT_FILTERS = { includeOtherRegions: true };

function buildMatch(rank: number, jobSeekerId: string, firstName: string, score: number) {
  return {
    __typename: 'VacancyMatch',
    rank,
    score,
    jobSeeker: {
      __typename: 'MatchCandidate',
      id: jobSeekerId,
      candidateLabel: `Kandidaat ${rank}`,
      firstName,
      lastName: 'Jansen',
      regionCode: 'AM12',
    },
    explanation: {
      __typename: 'MatchExplanation',
      score,
      distanceKm: 6.4,
      travelMinutes: 24.6,
      transport: 'BICYCLE',
      maxTravelKm: 15,
      maxTravelMinutes: 45,
      hoursAvailable: 24,
      hoursMin: 20,
      hoursMax: 28,
      sectorPreferred: true,
      jobSeekerRegionCode: 'AM12',
      vacancyRegionCode: 'AM12',
      factors: [
        {
          __typename: 'MatchFactorContribution',
          factor: 'COMPETENCE',
          label: 'Competenties',
          weight: 50,
          fit: 0.8,
          points: 40,
        },
        {
          __typename: 'MatchFactorContribution',
          factor: 'DISTANCE',
          label: 'Afstand',
          weight: 20,
          fit: 0.75,
          points: 15,
        },
      ],
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
          code: 'VOC_GREEN_MOWING',
          label: 'Maaien',
          level: 1,
          minLevel: 3,
          gap: 2,
          requirement: 'WISHED',
          trainable: true,
        },
      ],
    },
  };
}

function pageMock(
  introductions: ReturnType<typeof buildIntroduction>[] = [],
): MockLink.MockedResponse {
  return {
    request: { query: MatchingWorkbenchPageQuery, variables: { vacancyId: vacancy.id } },
    result: {
      data: {
        vacancy,
        introductions: {
          __typename: 'IntroductionConnection',
          nodes: introductions.map((introduction) => ({
            __typename: 'Introduction',
            id: introduction.id,
            status: introduction.status,
            jobSeeker: { __typename: 'IntroductionJobSeeker', id: introduction.jobSeeker.id },
          })),
        },
      },
    },
  };
}

function suggestionsMock(
  matches: ReturnType<typeof buildMatch>[],
  filters: Record<string, unknown> = DEFAULT_FILTERS,
): MockLink.MockedResponse {
  return {
    request: {
      query: MatchingWorkbenchSuggestionsQuery,
      variables: { vacancyId: vacancy.id, first: 20, filters },
    },
    result: { data: { vacancyMatches: matches } },
  };
}

function renderWorkbench(mocks: MockLink.MockedResponse[]) {
  renderPortal({
    path: `/vacatures/${vacancy.id}/matching`,
    mocks: [sessionMock(accountManager), ...mocks],
  });
  return userEvent.setup();
}

describe(MatchingWorkbenchPage.name, () => {
  it('ranks the suggestions by name with a summary of why', async () => {
    renderWorkbench([
      pageMock(),
      suggestionsMock([buildMatch(1, 'a', 'Fatma', 78.4), buildMatch(2, 'b', 'Piet', 61)]),
    ]);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kandidaten voor Hovenier' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Matching - Hovenier - Werkbrug WSP-portaal');
    const first = await screen.findByRole('article', { name: '1. Fatma Jansen' });
    expect(first).toHaveTextContent(
      'Score 78 van 100 · 6,4 km · 24 uur beschikbaar · 1 competentie past, 1 ontbreekt',
    );
    expect(screen.getByRole('article', { name: '2. Piet Jansen' })).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: 'Fatma Jansen' })).toHaveAttribute(
      'href',
      '/inwoners/a',
    );
  });

  it('explains a suggestion: factor points, competences met, gaps with size, distance and hours', async () => {
    const user = renderWorkbench([
      pageMock(),
      suggestionsMock([buildMatch(1, 'a', 'Fatma', 78.4)]),
    ]);
    const card = await screen.findByRole('article', { name: '1. Fatma Jansen' });

    await user.click(within(card).getByRole('button', { name: 'Uitleg tonen: Fatma Jansen' }));

    const factors = within(card).getByRole('table', { name: 'Opbouw van de score (78,4 van 100)' });
    expect(within(factors).getByRole('row', { name: /Competenties/ })).toHaveTextContent(
      'Competenties405080%',
    );
    expect(
      within(card).getByText('Op tijd komen: niveau 4, gevraagd 3 (vereist)'),
    ).toBeInTheDocument();
    expect(
      within(card).getByText(
        'Maaien: niveau 1, gevraagd 3: 2 niveaus te laag (gewenst; aan te leren op het werk of met een korte cursus)',
      ),
    ).toBeInTheDocument();
    expect(
      within(card).getByText(/Afstand 6,4 km, ongeveer 25 minuten met de fiets/),
    ).toBeInTheDocument();
    expect(
      within(card).getByText(/Beschikbaar 24 uur per week; de vacature vraagt 20-28 uur/),
    ).toBeInTheDocument();
    expect(
      within(card).getByRole('button', { name: 'Uitleg verbergen: Fatma Jansen' }),
    ).toHaveAttribute('aria-expanded', 'true');
  });

  it('puts a suggested person forward with the match score and a note', async () => {
    const proposed = buildIntroduction({
      jobSeeker: {
        __typename: 'IntroductionJobSeeker',
        id: 'a',
        candidateLabel: 'Kandidaat 1',
        firstName: 'Fatma',
        lastName: 'Jansen',
      },
    });
    const propose: MockLink.MockedResponse = {
      request: {
        query: ProposeIntroductionMutation,
        variables: {
          input: {
            vacancyId: vacancy.id,
            jobSeekerId: 'a',
            matchScore: 78,
            note: 'Ervaring met groen.',
          },
        },
      },
      result: {
        data: {
          proposeIntroduction: {
            __typename: 'Introduction',
            id: proposed.id,
            status: 'PROPOSED',
            jobSeeker: { __typename: 'IntroductionJobSeeker', id: 'a' },
          },
        },
      },
    };
    const user = renderWorkbench([
      pageMock(),
      suggestionsMock([buildMatch(1, 'a', 'Fatma', 78.4)]),
      propose,
      pageMock([proposed]),
    ]);
    const card = await screen.findByRole('article', { name: '1. Fatma Jansen' });

    await user.click(
      within(card).getByRole('button', { name: 'Op shortlist zetten: Fatma Jansen' }),
    );
    const note = within(card).getByLabelText('Waarom Fatma Jansen? (niet verplicht)');
    expect(note).toHaveFocus();
    await user.type(note, 'Ervaring met groen.');
    await user.click(
      within(card).getByRole('button', { name: 'Fatma Jansen op de shortlist zetten' }),
    );

    expect(
      await within(card).findByText('Fatma Jansen staat op de shortlist van deze vacature.'),
    ).toBeInTheDocument();
    expect(await within(card).findByText('Shortlist')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Naar de pijplijn' })).toHaveAttribute(
      'href',
      `/vacatures/${vacancy.id}`,
    );
  });

  it('keeps the note when putting forward is refused', async () => {
    const refusal = new GraphQLError('Deze inwoner is al voorgedragen voor deze vacature.', {
      extensions: { code: 'CONFLICT' },
    });
    const user = renderWorkbench([
      pageMock(),
      suggestionsMock([buildMatch(1, 'a', 'Fatma', 78.4)]),
      {
        request: { query: ProposeIntroductionMutation, variables: () => true },
        result: { errors: [refusal.toJSON()] },
      },
    ]);
    const card = await screen.findByRole('article', { name: '1. Fatma Jansen' });

    await user.click(
      within(card).getByRole('button', { name: 'Op shortlist zetten: Fatma Jansen' }),
    );
    await user.type(
      within(card).getByLabelText('Waarom Fatma Jansen? (niet verplicht)'),
      'Goede match.',
    );
    await user.click(
      within(card).getByRole('button', { name: 'Fatma Jansen op de shortlist zetten' }),
    );

    expect(await within(card).findByRole('alert')).toHaveTextContent(
      'Deze inwoner is al voorgedragen voor deze vacature.',
    );
    expect(within(card).getByLabelText('Waarom Fatma Jansen? (niet verplicht)')).toHaveValue(
      'Goede match.',
    );
  });

  it('marks people already in the pipeline', async () => {
    const existing = buildIntroduction({
      status: 'CONSENT_REQUESTED',
      jobSeeker: {
        __typename: 'IntroductionJobSeeker',
        id: 'a',
        candidateLabel: 'Kandidaat 1',
        firstName: 'Fatma',
        lastName: 'Jansen',
      },
    });
    renderWorkbench([pageMock([existing]), suggestionsMock([buildMatch(1, 'a', 'Fatma', 78.4)])]);
    const card = await screen.findByRole('article', { name: '1. Fatma Jansen' });

    expect(within(card).getByText(/In de pijplijn:/)).toHaveTextContent(
      'In de pijplijn: Toestemming gevraagd.',
    );
    expect(
      within(card).queryByRole('button', { name: /^Op shortlist zetten/ }),
    ).not.toBeInTheDocument();
  });

  it('compares 2-3 chosen people side by side in a table with headers', async () => {
    const piet = buildMatch(2, 'b', 'Piet', 61);
    piet.explanation.competencesMet = [];
    piet.explanation.gaps = [
      {
        __typename: 'MatchCompetenceGap',
        code: 'WA_PUNCTUALITY',
        label: 'Op tijd komen',
        level: 0,
        minLevel: 3,
        gap: 3,
        requirement: 'REQUIRED',
        trainable: false,
      },
      { ...buildMatch(2, 'b', 'Piet', 61).explanation.gaps[0]!, level: 2, gap: 1 },
    ];
    const user = renderWorkbench([
      pageMock(),
      suggestionsMock([
        buildMatch(1, 'a', 'Fatma', 78.4),
        piet,
        buildMatch(3, 'c', 'Joke', 55),
        buildMatch(4, 'd', 'Kees', 50),
      ]),
    ]);
    const compare = await screen.findByRole('button', { name: 'Vergelijken' });
    expect(compare).toBeDisabled();

    await user.click(screen.getByLabelText('Fatma Jansen vergelijken'));
    await user.click(screen.getByLabelText('Piet Jansen vergelijken'));
    await user.click(screen.getByLabelText('Joke Jansen vergelijken'));
    // Three chosen: nobody else can be added.
    expect(screen.queryByLabelText('Kees Jansen vergelijken')).not.toBeInTheDocument();
    await user.click(screen.getByLabelText('Joke Jansen vergelijken'));
    await user.click(compare);

    expect(screen.getByRole('heading', { name: 'Vergelijking' })).toHaveFocus();
    const table = screen.getByRole('table', { name: 'Vergelijking van Fatma Jansen, Piet Jansen' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Onderdeel', 'Fatma Jansen', 'Piet Jansen']);
    const row = (name: RegExp) => within(table).getByRole('row', { name });
    expect(row(/^Score/)).toHaveTextContent('Score (van 100)78,461');
    expect(row(/^Competenties/)).toHaveTextContent('Competenties (punten, max. 50)4040');
    expect(row(/^Op tijd komen/)).toHaveTextContent(
      'Op tijd komen (vereist, minimaal niveau 3)Voldoet: niveau 4Ontbreekt',
    );
    expect(row(/^Maaien/)).toHaveTextContent(
      'Maaien (gewenst, minimaal niveau 3)Niveau 1: 2 niveaus te laagNiveau 2: 1 niveau te laag',
    );
    expect(row(/^Reisafstand/)).toHaveTextContent('Reisafstand6,4 km, ongeveer 25 minuten reizen');
    expect(row(/^Uren per week/)).toHaveTextContent('24 uur beschikbaar; gevraagd 20-28 uur');
    expect(within(row(/^Op tijd komen/)).getByRole('rowheader')).toBeInTheDocument();
  });

  it('sends the filters to the API', async () => {
    const user = renderWorkbench([
      pageMock(),
      suggestionsMock([]),
      suggestionsMock([buildMatch(1, 'a', 'Dichtbij', 90)], {
        includeOtherRegions: false,
        maxDistanceKm: 10,
        minScore: 50,
        doelgroepregisterOnly: true,
      }),
    ]);

    expect(await screen.findByText(/Er zijn geen passende inwoners gevonden/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Hoogstens (km)'), '10');
    await user.type(screen.getByLabelText('Minimale score (0-100)'), '50');
    await user.click(screen.getByLabelText('Alleen mensen in het doelgroepregister'));
    await user.click(
      screen.getByLabelText("Ook mensen uit andere regio's (binnen hun reisafstand)"),
    );
    await user.click(screen.getByRole('button', { name: 'Suggesties bijwerken' }));

    expect(await screen.findByRole('article', { name: '1. Dichtbij Jansen' })).toBeInTheDocument();
  });

  it('refuses a distance filter out of range without asking the API', async () => {
    const user = renderWorkbench([pageMock(), suggestionsMock([])]);

    await screen.findByText(/Er zijn geen passende inwoners gevonden/);
    await user.type(screen.getByLabelText('Hoogstens (km)'), '300');
    await user.click(screen.getByRole('button', { name: 'Suggesties bijwerken' }));

    expect(screen.getByLabelText('Hoogstens (km)')).toHaveAccessibleDescription(
      'Vul 0 tot en met 250 km in, of laat het leeg.',
    );
    expect(screen.getByLabelText('Hoogstens (km)')).toHaveFocus();
  });

  it('shows why there are no suggestions for a vacancy that is not open', async () => {
    const refusal = new GraphQLError('Deze vacature staat niet open.', {
      extensions: { code: 'CONFLICT' },
    });
    renderWorkbench([
      pageMock(),
      {
        request: { query: MatchingWorkbenchSuggestionsQuery, variables: () => true },
        result: { errors: [refusal.toJSON()] },
      },
    ]);

    expect(await screen.findByRole('alert')).toHaveTextContent('Deze vacature staat niet open.');
  });

  it('is for account managers only', async () => {
    renderPortal({
      path: `/vacatures/${vacancy.id}/matching`,
      mocks: [sessionMock(buildViewer({ roles: ['CONSULTANT'] }))],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Geen toegang' }),
    ).toBeInTheDocument();
  });
});
