import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { ProposeIntroductionMutation } from '../../modules/matching/components/SuggestionCard.js';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import {
  JobSeekerVacanciesPage,
  JobSeekerVacanciesPageQuery,
  JobSeekerVacancySuggestionsQuery,
} from './JobSeekerVacanciesPage.js';

const consultant = buildViewer({ roles: ['CONSULTANT'] });

function match(rank: number, vacancyId: string, title: string, regionCode: string, score: number) {
  return {
    __typename: 'JobSeekerMatch',
    rank,
    score,
    vacancy: {
      __typename: 'MatchVacancy',
      id: vacancyId,
      title,
      kind: 'REGULAR',
      employerName: 'Groenbedrijf',
      regionCode,
      city: regionCode === 'AM12' ? 'Hilversum' : 'Amersfoort',
      hoursMin: 20,
      hoursMax: 28,
    },
    explanation: {
      __typename: 'MatchExplanation',
      score,
      distanceKm: 12,
      travelMinutes: 30,
      transport: 'BICYCLE',
      maxTravelKm: 20,
      maxTravelMinutes: 45,
      hoursAvailable: 24,
      hoursMin: 20,
      hoursMax: 28,
      sectorPreferred: null,
      jobSeekerRegionCode: 'AM12',
      vacancyRegionCode: regionCode,
      factors: [],
      competencesMet: [],
      gaps: [],
    },
  };
}

function renderPage(extra: MockLink.MockedResponse[] = [], introductions: unknown[] = []) {
  renderPortal({
    path: '/inwoners/inwoner-1/vacatures',
    mocks: [
      sessionMock(consultant),
      {
        request: { query: JobSeekerVacanciesPageQuery, variables: { id: 'inwoner-1' } },
        result: {
          data: {
            jobSeeker: {
              __typename: 'JobSeeker',
              id: 'inwoner-1',
              firstName: 'Fatma',
              lastName: 'Yilmaz',
            },
            introductions: { __typename: 'IntroductionConnection', nodes: introductions },
          },
        },
        // Shortlisting refetches the page.
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: {
          query: JobSeekerVacancySuggestionsQuery,
          variables: {
            jobSeekerId: 'inwoner-1',
            first: 20,
            filters: { includeOtherRegions: true },
          },
        },
        result: {
          data: {
            jobSeekerMatches: [
              match(1, 'v1', 'Hovenier', 'AM12', 81),
              match(2, 'v2', 'Groenwerker', 'AM20', 74),
            ],
          },
        },
      },
      ...extra,
    ],
  });
  return userEvent.setup();
}

describe(JobSeekerVacanciesPage.name, () => {
  it('lists the best vacancies for the person, marking those outside the region', async () => {
    renderPage();

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Passende vacatures voor Fatma Yilmaz',
      }),
    ).toBeInTheDocument();
    const inside = await screen.findByRole('article', { name: '1. Hovenier bij Groenbedrijf' });
    const outside = screen.getByRole('article', { name: '2. Groenwerker bij Groenbedrijf' });
    expect(inside).not.toHaveTextContent('Buiten de regio');
    expect(outside).toHaveTextContent(
      'Score 74 van 100 · Reguliere vacature · Amersfoort · 12 km · 20-28 uur · Buiten de regio (AM20)',
    );
  });

  it('puts the person on the shortlist of a vacancy', async () => {
    const user = renderPage([
      {
        request: {
          query: ProposeIntroductionMutation,
          variables: {
            input: { vacancyId: 'v2', jobSeekerId: 'inwoner-1', matchScore: 74, note: null },
          },
        },
        result: {
          data: {
            proposeIntroduction: {
              __typename: 'Introduction',
              id: 'i-1',
              status: 'PROPOSED',
              jobSeeker: { __typename: 'IntroductionJobSeeker', id: 'inwoner-1' },
            },
          },
        },
      },
    ]);
    const card = await screen.findByRole('article', { name: '2. Groenwerker bij Groenbedrijf' });

    await user.click(
      within(card).getByRole('button', { name: 'Op shortlist zetten: Groenwerker' }),
    );

    expect(
      await within(card).findByText('Op de shortlist gezet voor Groenwerker.'),
    ).toBeInTheDocument();
  });

  it('shows where the person is already in the pipeline', async () => {
    renderPage(
      [],
      [
        {
          __typename: 'Introduction',
          id: 'i-1',
          status: 'INTERVIEW',
          vacancy: { __typename: 'IntroductionVacancy', id: 'v1' },
        },
      ],
    );
    const card = await screen.findByRole('article', { name: '1. Hovenier bij Groenbedrijf' });

    expect(card).toHaveTextContent('In de pijplijn: Gesprek.');
  });
});
