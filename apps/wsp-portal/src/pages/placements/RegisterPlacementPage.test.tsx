import type { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { buildIntroduction, connection } from '../../test-builders.js';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import { PlacementListPageQuery } from './PlacementListPage.js';
import {
  CreatePlacementMutation,
  RegisterPlacementPage,
  RegisterPlacementPageQuery,
  RegisterPlacementPageVacancyQuery,
} from './RegisterPlacementPage.js';

const accountManager = buildViewer({ roles: ['ACCOUNT_MANAGER'] });

function mocksFor(introduction: ReturnType<typeof buildIntroduction>): MockLink.MockedResponse[] {
  return [
    sessionMock(accountManager),
    {
      request: {
        query: RegisterPlacementPageQuery,
        variables: { introductionId: introduction.id },
      },
      result: { data: { introduction } },
    },
    {
      request: {
        query: RegisterPlacementPageVacancyQuery,
        variables: { vacancyId: introduction.vacancy.id },
      },
      result: {
        data: { vacancy: { __typename: 'Vacancy', id: introduction.vacancy.id, hoursMax: 28 } },
      },
    },
  ];
}

describe(RegisterPlacementPage.name, () => {
  it('registers a placement from an introduction and shows it was saved', async () => {
    const introduction = buildIntroduction({
      status: 'INTERVIEW',
      nextStatuses: ['TRIAL_PLACEMENT', 'PLACED', 'REJECTED', 'WITHDRAWN'],
    });
    const create: MockLink.MockedResponse = {
      request: {
        query: CreatePlacementMutation,
        variables: {
          input: {
            introductionId: introduction.id,
            jobSeekerId: introduction.jobSeeker.id,
            employerId: 'werkgever-1',
            vacancyId: 'vacature-1',
            arrangement: 'REGULAR',
            arrangementExtended: false,
            contractType: 'PERMANENT',
            startDate: '2026-12-01',
            endDate: null,
            hoursPerWeek: 28,
            hourlyWage: 14.4,
            instruments: [],
            loonwaardePercentage: null,
            jobcoachHours: null,
            jobcoachHoursUnit: null,
          },
        },
      },
      result: {
        data: {
          createPlacement: { __typename: 'Placement', id: 'p-1', introductionId: introduction.id },
        },
      },
    };
    const list: MockLink.MockedResponse = {
      request: {
        query: PlacementListPageQuery,
        variables: { first: 25, after: null, active: null },
      },
      result: { data: { placements: connection('PlacementConnection', []) } },
    };
    const user = userEvent.setup();
    const { location } = renderPortal({
      path: `/plaatsingen/nieuw?introductie=${introduction.id}`,
      mocks: [...mocksFor(introduction), create, list],
    });

    expect(await screen.findByText('Fatma Yilmaz')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(await screen.findByLabelText('Uren per week')).toHaveValue('28');
    await user.selectOptions(screen.getByLabelText('Soort contract'), 'Vast contract');
    await user.type(screen.getByLabelText('Eerste werkdag'), '2026-12-01');
    await user.type(screen.getByLabelText('Bruto uurloon in euro'), '14,40');
    await user.click(screen.getByRole('button', { name: 'Plaatsing registreren' }));

    expect(
      await screen.findByText('De plaatsing van Fatma Yilmaz is geregistreerd.'),
    ).toBeInTheDocument();
    expect(location().pathname).toBe('/plaatsingen');
    expect(screen.getByRole('link', { name: 'Naar de plaatsing en de nazorg' })).toHaveAttribute(
      'href',
      '/plaatsingen/p-1',
    );
  });

  it('keeps everything typed when the API refuses', async () => {
    const introduction = buildIntroduction({ status: 'INTERVIEW', nextStatuses: ['PLACED'] });
    const refusal = new GraphQLError(
      'Deze inwoner heeft in deze periode al een plaatsing bij deze werkgever.',
      {
        extensions: { code: 'CONFLICT' },
      },
    );
    const user = userEvent.setup();
    renderPortal({
      path: `/plaatsingen/nieuw?introductie=${introduction.id}`,
      mocks: [
        ...mocksFor(introduction),
        {
          request: { query: CreatePlacementMutation, variables: () => true },
          result: { errors: [refusal.toJSON()] },
        },
      ],
    });

    await user.selectOptions(await screen.findByLabelText('Soort contract'), 'Detachering');
    await user.type(screen.getByLabelText('Eerste werkdag'), '2026-12-01');
    await user.type(screen.getByLabelText('Bruto uurloon in euro'), '15');
    await user.click(screen.getByRole('button', { name: 'Plaatsing registreren' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'al een plaatsing bij deze werkgever',
    );
    expect(screen.getByLabelText('Soort contract')).toHaveValue('SECONDMENT');
    expect(screen.getByLabelText('Eerste werkdag')).toHaveValue('2026-12-01');
  });

  it('explains when the introduction is not far enough along', async () => {
    const introduction = buildIntroduction({
      status: 'PROPOSED',
      nextStatuses: ['CONSENT_REQUESTED', 'WITHDRAWN'],
    });
    renderPortal({
      path: `/plaatsingen/nieuw?introductie=${introduction.id}`,
      mocks: mocksFor(introduction),
    });

    expect(await screen.findByText(/Deze introductie staat op .Voorgedragen./)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Plaatsing registreren' })).not.toBeInTheDocument();
  });

  it('explains where placements are registered when no introduction is given', async () => {
    renderPortal({ path: '/plaatsingen/nieuw', mocks: [sessionMock(accountManager)] });

    expect(
      await screen.findByText(/vanuit de introductie waar die uit voortkomt/),
    ).toBeInTheDocument();
  });
});
