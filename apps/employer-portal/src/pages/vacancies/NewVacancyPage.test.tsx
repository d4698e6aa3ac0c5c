import type { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { CompetenceSearchQuery } from '../../modules/competence/graphql/competences.js';
import {
  ChangeVacancyStatusMutation,
  CreateVacancyMutation,
} from '../../modules/vacancy/graphql/vacancy.js';
import {
  buildCompetence,
  buildLocation,
  buildVacancy,
  buildVacancyCompetence,
  connection,
} from '../../testing/builders.js';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import { VacancyPageQuery } from './VacancyPage.js';
import { NewVacancyPage, NewVacancyPageQuery } from './NewVacancyPage.js';

const location = buildLocation({ id: 'location-1', name: 'Winkel', city: 'Hilversum' });

function pageMock(locations = [location]): MockLink.MockedResponse {
  return {
    request: { query: NewVacancyPageQuery, variables: { employerId: '17' } },
    result: { data: { employer: { __typename: 'Employer', id: '17', locations } } },
  };
}

const expectedInput = {
  kind: 'GARANTIEBAAN',
  title: 'Inpakker',
  description: 'Dozen inpakken.',
  sector: null,
  hoursMin: 20,
  hoursMax: 25.5,
  openings: 1,
  contractType: 'FIXED_TERM',
  wageMinCents: 1440,
  wageMaxCents: null,
  locationId: 'location-1',
  startsOn: null,
  closesOn: null,
  employerId: '17',
  competences: [
    { competenceCode: 'WA_PUNCTUALITY', minLevel: 4, requirement: 'REQUIRED', weight: 3 },
  ],
};

const created = buildVacancy({
  id: 'vacancy-new',
  title: 'Inpakker',
  kind: 'GARANTIEBAAN',
  status: 'DRAFT',
  location,
  competences: [buildVacancyCompetence({ minLevel: 4 })],
});

function createMock(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: CreateVacancyMutation, variables: { input: expectedInput } }, result };
}

function vacancyPageMock(status: 'DRAFT' | 'OPEN'): MockLink.MockedResponse {
  return {
    request: { query: VacancyPageQuery, variables: { id: 'vacancy-new' } },
    result: {
      data: {
        vacancy: { ...created, status },
        employerIntroductions: connection([], 'EmployerIntroductionConnection'),
      },
    },
  };
}

const searchMock: MockLink.MockedResponse = {
  request: {
    query: CompetenceSearchQuery,
    variables: { search: 'stip', group: null, first: 20 },
  },
  result: {
    data: { competences: connection([buildCompetence()], 'CompetenceConnection') },
  },
};

async function fillIn() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('radio', { name: 'Garantiebaan' }));
  await user.type(screen.getByLabelText('Titel'), 'Inpakker');
  await user.type(screen.getByLabelText('Omschrijving'), 'Dozen inpakken.');
  await user.type(screen.getByLabelText('Minimaal aantal uren per week'), '20');
  await user.type(screen.getByLabelText('Maximaal aantal uren per week'), '25,5');
  await user.selectOptions(screen.getByLabelText('Contractvorm'), 'Tijdelijk contract');
  await user.type(screen.getByLabelText('Bruto uurloon vanaf, in euro (niet verplicht)'), '14,40');
  await user.type(screen.getByLabelText('Zoek een competentie'), 'stip');
  await user.click(await screen.findByRole('button', { name: 'Toevoegen Stiptheid' }));
  await user.click(screen.getByRole('radio', { name: 'Niveau 4' }));
  return user;
}

describe(NewVacancyPage.name, () => {
  it('has one h1 and a Dutch page title', async () => {
    renderPortal({ path: '/vacatures/nieuw', mocks: [sessionMock(buildViewer()), pageMock()] });

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Nieuwe vacature');
    expect(document.title).toBe('Nieuwe vacature - Werkbrug werkgeversportaal');
  });

  it('chooses the only location by itself', async () => {
    renderPortal({ path: '/vacatures/nieuw', mocks: [sessionMock(buildViewer()), pageMock()] });

    expect(await screen.findByLabelText('Vestiging')).toHaveDisplayValue('Winkel, Hilversum');
  });

  it('sends the employer to the organisation page when there is no location yet', async () => {
    renderPortal({ path: '/vacatures/nieuw', mocks: [sessionMock(buildViewer()), pageMock([])] });

    expect(
      await screen.findByRole('link', { name: 'Voeg eerst een vestiging toe' }),
    ).toHaveAttribute('href', '/organisatie');
  });

  it('saves a draft with its competences and shows it', async () => {
    const { location: current } = renderPortal({
      path: '/vacatures/nieuw',
      mocks: [
        sessionMock(buildViewer()),
        pageMock(),
        searchMock,
        createMock({ data: { createVacancy: created } }),
        vacancyPageMock('DRAFT'),
      ],
    });

    const user = await fillIn();
    await user.click(screen.getByRole('button', { name: 'Opslaan als concept' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Inpakker' })).toBeInTheDocument();
    expect(current().pathname).toBe('/vacatures/vacancy-new');
    expect(screen.getByText('De vacature is opgeslagen als concept.')).toBeInTheDocument();
  });

  it('saves and publishes in one go', async () => {
    renderPortal({
      path: '/vacatures/nieuw',
      mocks: [
        sessionMock(buildViewer()),
        pageMock(),
        searchMock,
        createMock({ data: { createVacancy: created } }),
        {
          request: {
            query: ChangeVacancyStatusMutation,
            variables: { id: 'vacancy-new', status: 'OPEN' },
          },
          result: {
            data: {
              changeVacancyStatus: {
                __typename: 'Vacancy',
                id: 'vacancy-new',
                status: 'OPEN',
                updatedAt: '2026-05-04T09:00:00.000Z',
              },
            },
          },
        },
        vacancyPageMock('OPEN'),
      ],
    });

    const user = await fillIn();
    await user.click(screen.getByRole('button', { name: 'Opslaan en publiceren' }));

    expect(
      await screen.findByText('De vacature is opgeslagen en gepubliceerd.'),
    ).toBeInTheDocument();
  });

  it("shows the API's field errors at the fields and keeps everything typed", async () => {
    const refusal = new GraphQLError('De invoer is niet geldig.', {
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [
          {
            field: 'input.contractType',
            message: 'Kies een contractvorm die bij een garantiebaan past.',
          },
          {
            field: 'input.competences.0.minLevel',
            message: 'Het niveau is een heel getal van 1 tot en met 5.',
          },
        ],
      },
    });
    renderPortal({
      path: '/vacatures/nieuw',
      mocks: [
        sessionMock(buildViewer()),
        pageMock(),
        searchMock,
        createMock({ errors: [refusal.toJSON()] }),
      ],
    });

    const user = await fillIn();
    await user.click(screen.getByRole('button', { name: 'Opslaan als concept' }));

    const contract = screen.getByLabelText('Contractvorm');
    expect(
      await screen.findByText('Kies een contractvorm die bij een garantiebaan past.', {
        selector: '.utrecht-form-field-error-message',
      }),
    ).toBeInTheDocument();
    expect(contract).toBeInvalid();
    expect(screen.getByRole('alert').closest('.werkbrug-error-summary')).toHaveFocus();
    expect(screen.getByRole('group', { name: 'Stiptheid' })).toHaveAccessibleDescription(
      'Het niveau is een heel getal van 1 tot en met 5.',
    );
    expect(screen.getByLabelText('Titel')).toHaveValue('Inpakker');
    expect(screen.getByLabelText('Maximaal aantal uren per week')).toHaveValue('25,5');
    expect(screen.getByLabelText('Bruto uurloon vanaf, in euro (niet verplicht)')).toHaveValue(
      '14,40',
    );
    expect(screen.getByRole('radio', { name: 'Niveau 4' })).toBeChecked();
  });

  it('keeps everything typed when the API cannot be reached', async () => {
    renderPortal({
      path: '/vacatures/nieuw',
      mocks: [
        sessionMock(buildViewer()),
        pageMock(),
        searchMock,
        { ...createMock(undefined), error: new Error('Failed to fetch') },
      ],
    });

    const user = await fillIn();
    await user.click(screen.getByRole('button', { name: 'Opslaan als concept' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Opslaan is nu niet gelukt. Probeer het over een paar minuten opnieuw.',
    );
    expect(screen.getByLabelText('Titel')).toHaveValue('Inpakker');
  });
});
