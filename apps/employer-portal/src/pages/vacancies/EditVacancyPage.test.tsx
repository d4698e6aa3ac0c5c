import type { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { CompetenceLevelsQuery } from '../../modules/competence/graphql/competences.js';
import {
  SetVacancyCompetencesMutation,
  UpdateVacancyMutation,
} from '../../modules/vacancy/graphql/vacancy.js';
import {
  buildCompetence,
  buildLocation,
  buildVacancy,
  buildVacancyCompetence,
  connection,
} from '../../testing/builders.js';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import { EditVacancyPage, EditVacancyPageQuery } from './EditVacancyPage.js';
import { VacancyPageQuery } from './VacancyPage.js';

const location = buildLocation({ id: 'location-1', name: 'Winkel', city: 'Hilversum' });
const vacancy = buildVacancy({
  id: 'vacancy-1',
  title: 'Hovenier',
  status: 'OPEN',
  sector: null,
  wageMinCents: 1450,
  wageMaxCents: null,
  startsOn: null,
  location,
  competences: [buildVacancyCompetence({ minLevel: 3 })],
});

const mocks: MockLink.MockedResponse[] = [
  sessionMock(buildViewer()),
  {
    request: { query: EditVacancyPageQuery, variables: { id: 'vacancy-1', employerId: '17' } },
    result: {
      data: { vacancy, employer: { __typename: 'Employer', id: '17', locations: [location] } },
    },
  },
  {
    request: { query: CompetenceLevelsQuery, variables: { code: 'WA_PUNCTUALITY' } },
    result: { data: { competence: buildCompetence() } },
  },
];

const update = {
  request: {
    query: UpdateVacancyMutation,
    variables: {
      id: 'vacancy-1',
      input: {
        kind: 'REGULAR',
        title: 'Hovenier',
        description: vacancy.description,
        sector: null,
        hoursMin: 24,
        hoursMax: 36,
        openings: 1,
        contractType: 'FIXED_TERM',
        wageMinCents: 1450,
        wageMaxCents: null,
        locationId: 'location-1',
        startsOn: null,
        closesOn: null,
      },
    },
  },
  result: { data: { updateVacancy: { ...vacancy, hoursMax: 36 } } },
};

describe(EditVacancyPage.name, () => {
  it('shows the saved vacancy in the form, the wage in euros', async () => {
    renderPortal({ path: '/vacatures/vacancy-1/wijzigen', mocks });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Hovenier wijzigen' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Bruto uurloon vanaf, in euro (niet verplicht)')).toHaveValue(
      '14,50',
    );
    expect(screen.getByRole('radio', { name: 'Reguliere vacature' })).toBeChecked();
    expect(screen.queryByRole('button', { name: 'Opslaan en publiceren' })).not.toBeInTheDocument();
  });

  it('saves the fields and, when they changed, the competences', async () => {
    const user = userEvent.setup();
    renderPortal({
      path: '/vacatures/vacancy-1/wijzigen',
      mocks: [
        ...mocks,
        update,
        {
          request: {
            query: SetVacancyCompetencesMutation,
            variables: {
              id: 'vacancy-1',
              competences: [
                {
                  competenceCode: 'WA_PUNCTUALITY',
                  minLevel: 5,
                  requirement: 'REQUIRED',
                  weight: 3,
                },
              ],
            },
          },
          result: {
            data: {
              setVacancyCompetences: {
                ...vacancy,
                hoursMax: 36,
                competences: [buildVacancyCompetence({ minLevel: 5 })],
              },
            },
          },
        },
        {
          request: { query: VacancyPageQuery, variables: { id: 'vacancy-1' } },
          result: {
            data: {
              vacancy: { ...vacancy, hoursMax: 36 },
              employerIntroductions: connection([], 'EmployerIntroductionConnection'),
            },
          },
        },
      ],
    });

    const hoursMax = await screen.findByLabelText('Maximaal aantal uren per week');
    await user.clear(hoursMax);
    await user.type(hoursMax, '36');
    await user.click(screen.getByRole('radio', { name: 'Niveau 5' }));
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));

    expect(await screen.findByText('De wijzigingen zijn opgeslagen.')).toBeInTheDocument();
  });

  it("shows the competence API's error at the competence and keeps the change", async () => {
    const user = userEvent.setup();
    const refusal = new GraphQLError('De invoer is niet geldig.', {
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [
          {
            field: 'competences.0.competenceCode',
            message: 'Deze competentie kennen we niet (of niet meer).',
          },
        ],
      },
    });
    renderPortal({
      path: '/vacatures/vacancy-1/wijzigen',
      mocks: [
        ...mocks,
        update,
        {
          request: {
            query: SetVacancyCompetencesMutation,
            variables: {
              id: 'vacancy-1',
              competences: [
                {
                  competenceCode: 'WA_PUNCTUALITY',
                  minLevel: 5,
                  requirement: 'REQUIRED',
                  weight: 3,
                },
              ],
            },
          },
          result: { errors: [refusal.toJSON()] },
        },
      ],
    });

    const hoursMax = await screen.findByLabelText('Maximaal aantal uren per week');
    await user.clear(hoursMax);
    await user.type(hoursMax, '36');
    await user.click(screen.getByRole('radio', { name: 'Niveau 5' }));
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));

    expect(
      await screen.findByRole('link', {
        name: 'Stiptheid: Deze competentie kennen we niet (of niet meer).',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Niveau 5' })).toBeChecked();
    expect(hoursMax).toHaveValue('36');
  });
});
