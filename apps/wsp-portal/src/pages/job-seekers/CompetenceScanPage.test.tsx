import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { todayIso } from '../../modules/common/dates.js';
import { buildJobSeeker, buildJobSeekerCompetence } from '../../test-builders.js';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import {
  CompetenceScanPage,
  CompetenceScanPageQuery,
  CompetenceScanPageTaxonomyQuery,
  SetJobSeekerCompetencesMutation,
} from './CompetenceScanPage.js';

const consultant = buildViewer({ roles: ['CONSULTANT'] });

function taxonomyCompetence(code: string, label: string, group: string) {
  return {
    __typename: 'Competence',
    code,
    label,
    description: `Over ${label}.`,
    group,
    sector: null,
    levels: [1, 2, 3, 4, 5].map((level) => ({
      __typename: 'CompetenceLevel',
      level,
      description: `${label} ${level}.`,
    })),
  };
}

function taxonomyPage(
  after: string | null,
  nodes: ReturnType<typeof taxonomyCompetence>[],
  endCursor: string | null,
): MockLink.MockedResponse {
  return {
    request: { query: CompetenceScanPageTaxonomyQuery, variables: { after } },
    result: {
      data: {
        competences: {
          __typename: 'CompetenceConnection',
          pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
          nodes,
        },
      },
    },
  };
}

const jobSeeker = buildJobSeeker({
  firstName: 'Fatma',
  lastName: 'Yilmaz',
  competences: [buildJobSeekerCompetence('WA_PUNCTUALITY', 'Op tijd komen', 'WORK_ATTITUDE', 3)],
});

function fileMock(): MockLink.MockedResponse {
  return {
    request: { query: CompetenceScanPageQuery, variables: { id: jobSeeker.id } },
    result: { data: { jobSeeker } },
  };
}

const taxonomy = [
  taxonomyPage(
    null,
    [taxonomyCompetence('WA_PUNCTUALITY', 'Op tijd komen', 'WORK_ATTITUDE')],
    'c1',
  ),
  taxonomyPage('c1', [taxonomyCompetence('PHY_LIFTING', 'Tillen', 'PHYSICAL')], null),
];

describe(CompetenceScanPage.name, () => {
  it('loads every page of the taxonomy and names the job-seeker', async () => {
    renderPortal({
      path: `/inwoners/${jobSeeker.id}/competentiescan`,
      mocks: [sessionMock(consultant), fileMock(), ...taxonomy],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Competentiescan van Fatma Yilmaz' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Competentiescan - Fatma Yilmaz - Werkbrug WSP-portaal');
    expect(
      screen.getByRole('button', { name: '2. Fysieke belastbaarheid (0 van 1)' }),
    ).toBeInTheDocument();
  });

  it('saves the scan and then has nothing left to save', async () => {
    const save: MockLink.MockedResponse = {
      request: {
        query: SetJobSeekerCompetencesMutation,
        variables: {
          id: jobSeeker.id,
          competences: [{ code: 'WA_PUNCTUALITY', level: 5, assessedAt: todayIso() }],
        },
      },
      result: {
        data: {
          setJobSeekerCompetences: {
            __typename: 'JobSeeker',
            id: jobSeeker.id,
            updatedAt: new Date().toISOString(),
            competences: [
              buildJobSeekerCompetence(
                'WA_PUNCTUALITY',
                'Op tijd komen',
                'WORK_ATTITUDE',
                5,
                todayIso(),
              ),
            ],
          },
        },
      },
    };
    const user = userEvent.setup();
    renderPortal({
      path: `/inwoners/${jobSeeker.id}/competentiescan`,
      mocks: [sessionMock(consultant), fileMock(), ...taxonomy, save],
    });

    const punctuality = await screen.findByRole('group', { name: 'Op tijd komen' });
    await user.click(within(punctuality).getByRole('radio', { name: /^Niveau 5:/ }));
    await user.click(screen.getByRole('button', { name: 'Competentiescan opslaan' }));

    expect(await screen.findByText('De competentiescan is opgeslagen.')).toBeInTheDocument();
    expect(screen.getByText('Er zijn geen wijzigingen om op te slaan.')).toBeInTheDocument();
  });

  it('keeps the levels and shows the message when saving is refused', async () => {
    const refusal = new GraphQLError(
      'Dit dossier is gearchiveerd en kan niet meer worden gewijzigd.',
      {
        extensions: { code: 'CONFLICT' },
      },
    );
    const save: MockLink.MockedResponse = {
      request: { query: SetJobSeekerCompetencesMutation, variables: () => true },
      result: { errors: [refusal.toJSON()] },
    };
    const user = userEvent.setup();
    renderPortal({
      path: `/inwoners/${jobSeeker.id}/competentiescan`,
      mocks: [sessionMock(consultant), fileMock(), ...taxonomy, save],
    });

    const punctuality = await screen.findByRole('group', { name: 'Op tijd komen' });
    await user.click(within(punctuality).getByRole('radio', { name: /^Niveau 1:/ }));
    await user.click(screen.getByRole('button', { name: 'Competentiescan opslaan' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Opslaan is niet gelukt. Dit dossier is gearchiveerd en kan niet meer worden gewijzigd.',
    );
    expect(within(punctuality).getByRole('radio', { name: /^Niveau 1:/ })).toBeChecked();
  });

  it('shows "Geen toegang" for a file of another region', async () => {
    const refusal = new GraphQLError('U heeft geen toegang tot deze gegevens.', {
      extensions: { code: 'FORBIDDEN' },
    });
    renderPortal({
      path: '/inwoners/elders/competentiescan',
      mocks: [
        sessionMock(consultant),
        {
          request: { query: CompetenceScanPageQuery, variables: { id: 'elders' } },
          result: { errors: [refusal.toJSON()] },
        },
        ...taxonomy,
      ],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Geen toegang' }),
    ).toBeInTheDocument();
  });

  it('is for consultants only', async () => {
    renderPortal({
      path: `/inwoners/${jobSeeker.id}/competentiescan`,
      mocks: [sessionMock(buildViewer({ roles: ['ACCOUNT_MANAGER'] }))],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Geen toegang' }),
    ).toBeInTheDocument();
  });
});
