import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { addDays } from '@werkbrug/domain-rules';
import { RecordAftercareCheckInMutation } from '../../modules/aftercare/components/AftercareSchedule.js';
import { todayIso } from '../../modules/common/dates.js';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import { EndPlacementMutation, PlacementPage, PlacementPageQuery } from './PlacementPage.js';

const am = buildViewer({ roles: ['ACCOUNT_MANAGER'] });
const today = todayIso();
const start = addDays(today, -20);

function checkIn(kind: string, dueDate: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'AftercareCheckIn',
    id: `c-${kind}`,
    kind,
    dueDate,
    status: 'OPEN',
    completedOn: null,
    outcome: null,
    channel: null,
    note: null,
    completedByName: null,
    overdue: dueDate < today,
    daysOverdue: 0,
    ...overrides,
  };
}

function buildPlacement(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Placement',
    id: 'p-1',
    active: true,
    arrangement: 'REGULAR',
    arrangementExtended: false,
    contractType: 'FIXED_TERM',
    hoursPerWeek: 24,
    hourlyWage: 14.4,
    startDate: start,
    endDate: null,
    limitDate: null,
    warning: null,
    instruments: ['LOONKOSTENSUBSIDIE', 'JOBCOACH'],
    loonwaardePercentage: 60,
    jobcoachHours: 4,
    jobcoachHoursUnit: 'WEEK',
    banenafspraakJobs: 24 / 25.5,
    endReason: null,
    endNote: null,
    atRisk: false,
    atRiskReason: null,
    archivedAt: null,
    jobSeeker: {
      __typename: 'PlacementJobSeeker',
      id: 'j-1',
      candidateLabel: 'Kandidaat 4711',
      firstName: 'Fatma',
      lastName: 'Yilmaz',
    },
    employer: { __typename: 'PlacementEmployer', id: 'e-1', name: 'Groenbedrijf B.V.' },
    vacancy: { __typename: 'PlacementVacancy', id: 'v-1', title: 'Hovenier' },
    aftercareCheckIns: [
      checkIn('WEEK_2', addDays(start, 14), { overdue: true, daysOverdue: 6 }),
      checkIn('MONTH_1', addDays(start, 30)),
    ],
    ...overrides,
  };
}

const pageMock = (placement: unknown): MockLink.MockedResponse => ({
  request: { query: PlacementPageQuery, variables: { id: 'p-1' } },
  result: { data: { placement } },
});

describe(PlacementPage.name, () => {
  it('shows the terms, the instruments with their numbers and the aftercare schedule', async () => {
    renderPortal({
      path: '/plaatsingen/p-1',
      mocks: [sessionMock(am), pageMock(buildPlacement())],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Plaatsing van Fatma Yilmaz' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Loonkostensubsidie (loonwaarde 60 %), Jobcoach (4 uur per week)'),
    ).toBeInTheDocument();
    expect(screen.getByText('€ 14,40')).toBeInTheDocument();
    const schedule = screen.getByRole('table', { name: /Nazorgmomenten/ });
    const weekTwo = within(schedule).getByRole('rowheader', { name: 'Na 2 weken' }).closest('tr')!;
    expect(within(weekTwo).getByText('Te laat (6 dagen)')).toBeInTheDocument();
  });

  it('shows the limit warning and why the placement is at risk', async () => {
    const placement = buildPlacement({
      arrangement: 'TRIAL_PLACEMENT',
      contractType: 'TRIAL_PLACEMENT',
      hourlyWage: null,
      limitDate: addDays(today, 5),
      warning: 'De proefplaatsing eindigt binnenkort.',
      atRisk: true,
      atRiskReason: 'Bij het laatste nazorgcontact is de plaatsing in gevaar gemeld.',
    });
    renderPortal({ path: '/plaatsingen/p-1', mocks: [sessionMock(am), pageMock(placement)] });

    expect(await screen.findByText('De proefplaatsing eindigt binnenkort.')).toBeInTheDocument();
    expect(
      screen.getByText(/Bij het laatste nazorgcontact is de plaatsing in gevaar gemeld/),
    ).toBeInTheDocument();
    expect(screen.getByText('Geen (onbetaald)')).toBeInTheDocument();
  });

  it('records an open check-in and shows that it is done', async () => {
    const user = userEvent.setup();
    const done = {
      ...checkIn('WEEK_2', addDays(start, 14)),
      status: 'DONE',
      completedOn: today,
      outcome: 'GOING_WELL',
      channel: 'VISIT',
      note: 'Gaat prima.',
      completedByName: 'Anne de Vries',
      overdue: false,
      daysOverdue: 0,
    };
    const recordMock: MockLink.MockedResponse = {
      request: {
        query: RecordAftercareCheckInMutation,
        variables: {
          id: 'c-WEEK_2',
          input: { outcome: 'GOING_WELL', channel: 'VISIT', date: today, note: 'Gaat prima.' },
        },
      },
      result: { data: { recordAftercareCheckIn: done } },
    };
    const after = buildPlacement({
      aftercareCheckIns: [done, checkIn('MONTH_1', addDays(start, 30))],
    });
    renderPortal({
      path: '/plaatsingen/p-1',
      mocks: [sessionMock(am), pageMock(buildPlacement()), recordMock, pageMock(after)],
    });

    await user.click(await screen.findByRole('button', { name: 'Contact vastleggen na 2 weken' }));
    const form = screen.getByRole('form', { name: 'Nazorgcontact na 2 weken' });
    await user.click(within(form).getByRole('radio', { name: 'Gaat goed' }));
    await user.selectOptions(within(form).getByLabelText('Soort contact'), 'Bezoek');
    await user.type(within(form).getByLabelText('Notitie (niet verplicht)'), 'Gaat prima.');
    await user.click(within(form).getByRole('button', { name: 'Contact vastleggen' }));

    expect(
      await screen.findByText("Het nazorgcontact 'na 2 weken' is vastgelegd."),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        `Gedaan op ${new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${today}T00:00:00Z`))}`,
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('form', { name: 'Nazorgcontact na 2 weken' }),
    ).not.toBeInTheDocument();
  });

  it('checks the check-in form first and keeps what was typed when the API refuses', async () => {
    const user = userEvent.setup();
    const refused: MockLink.MockedResponse = {
      request: {
        query: RecordAftercareCheckInMutation,
        variables: {
          id: 'c-WEEK_2',
          input: { outcome: 'AT_RISK', channel: 'PHONE', date: today, note: null },
        },
      },
      result: {
        errors: [
          new GraphQLError('Dit nazorgcontact is al afgerond of vervallen.', {
            extensions: { code: 'CONFLICT' },
          }),
        ],
      },
    };
    renderPortal({
      path: '/plaatsingen/p-1',
      mocks: [sessionMock(am), pageMock(buildPlacement()), refused],
    });

    await user.click(await screen.findByRole('button', { name: 'Contact vastleggen na 2 weken' }));
    const form = screen.getByRole('form', { name: 'Nazorgcontact na 2 weken' });
    await user.click(within(form).getByRole('button', { name: 'Contact vastleggen' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Hoe gaat het?: Kies hoe het gaat.');

    await user.click(within(form).getByRole('radio', { name: 'Plaatsing in gevaar' }));
    await user.selectOptions(within(form).getByLabelText('Soort contact'), 'Telefoon');
    await user.click(within(form).getByRole('button', { name: 'Contact vastleggen' }));

    expect(
      await within(form).findByText('Dit nazorgcontact is al afgerond of vervallen.'),
    ).toBeInTheDocument();
    expect(within(form).getByRole('radio', { name: 'Plaatsing in gevaar' })).toBeChecked();
  });

  it('ends the placement with a reason', async () => {
    const user = userEvent.setup();
    const endMock: MockLink.MockedResponse = {
      request: {
        query: EndPlacementMutation,
        variables: { id: 'p-1', endDate: today, reason: 'RESIGNED', note: null },
      },
      result: {
        data: {
          endPlacement: {
            __typename: 'Placement',
            id: 'p-1',
            active: true,
            endDate: today,
            endReason: 'RESIGNED',
            endNote: null,
            warning: null,
            atRisk: false,
            atRiskReason: null,
            aftercareCheckIns: [
              {
                __typename: 'AftercareCheckIn',
                id: 'c-WEEK_2',
                status: 'OPEN',
                overdue: true,
                daysOverdue: 6,
              },
              {
                __typename: 'AftercareCheckIn',
                id: 'c-MONTH_1',
                status: 'CANCELLED',
                overdue: false,
                daysOverdue: 0,
              },
            ],
          },
        },
      },
    };
    renderPortal({
      path: '/plaatsingen/p-1',
      mocks: [sessionMock(am), pageMock(buildPlacement()), endMock],
    });

    await user.click(await screen.findByRole('button', { name: 'Plaatsing beëindigen' }));
    const form = screen.getByRole('form', { name: 'Plaatsing beëindigen' });
    await user.selectOptions(within(form).getByLabelText('Reden'), 'Zelf opgezegd');
    await user.click(within(form).getByRole('button', { name: 'Plaatsing beëindigen' }));

    expect(await screen.findByText(/De plaatsing is beëindigd per/)).toBeInTheDocument();
    expect(await screen.findByText('Zelf opgezegd')).toBeInTheDocument();
    expect(screen.getByText('Vervallen (na de laatste werkdag)')).toBeInTheDocument();
  });

  it('asks for an explanation with "Andere reden"', async () => {
    const user = userEvent.setup();
    renderPortal({
      path: '/plaatsingen/p-1',
      mocks: [sessionMock(am), pageMock(buildPlacement())],
    });

    await user.click(await screen.findByRole('button', { name: 'Plaatsing beëindigen' }));
    const form = screen.getByRole('form', { name: 'Plaatsing beëindigen' });
    await user.selectOptions(within(form).getByLabelText('Reden'), 'Andere reden');
    await user.click(within(form).getByRole('button', { name: 'Plaatsing beëindigen' }));

    expect(within(form).getByRole('alert')).toHaveTextContent('Toelichting: Licht de reden toe.');
    expect(within(form).getByLabelText('Toelichting')).toHaveFocus();
  });

  it('says the page does not exist for an unknown placement', async () => {
    renderPortal({
      path: '/plaatsingen/p-1',
      mocks: [
        sessionMock(am),
        {
          request: { query: PlacementPageQuery, variables: { id: 'p-1' } },
          result: {
            errors: [
              new GraphQLError('Deze plaatsing is niet gevonden.', {
                extensions: { code: 'NOT_FOUND' },
              }),
            ],
          },
        },
      ],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' }),
    ).toBeInTheDocument();
  });
});
