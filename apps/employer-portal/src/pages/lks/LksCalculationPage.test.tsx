import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { LksEstimateQuery } from '../../modules/lks/graphql/lks.js';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import { LksCalculationPage } from './LksCalculationPage.js';

const amounts = (wage: number, holidayPay: number, employerCosts: number) => ({
  __typename: 'LksAmounts' as const,
  wage,
  holidayPay,
  employerCosts,
  total: wage + holidayPay + employerCosts,
});

function estimateMock(
  input: Record<string, unknown>,
  result: MockLink.MockedResponse['result'],
): MockLink.MockedResponse {
  return { request: { query: LksEstimateQuery, variables: { input } }, result };
}

const ESTIMATE = {
  __typename: 'LksEstimate',
  date: '2026-11-23',
  wmlDate: '2026-01-01',
  notice:
    'Berekend met het minimumloon per 1 januari 2026; het bedrag per 1 juli 2026 is nog niet opgenomen.',
  wmlHourlyCents: 1471,
  jobHourlyWageCents: 1471,
  loonwaardeHourlyCents: 883,
  maximumHourlyCents: 1030,
  wageSubsidyHourlyCents: 588,
  cappedAtMaximum: false,
  perWeek: amounts(14112, 1129, 3582),
  perMonth: amounts(61152, 4892, 15522),
  wageAboveWmlPerMonthCents: 0,
  wageCostPerMonth: { __typename: 'LksAmounts', total: 204048 },
  netCostPerMonthCents: 122482,
};

function renderPage(...mocks: MockLink.MockedResponse[]) {
  return renderPortal({ path: '/lks-berekening', mocks: [sessionMock(buildViewer()), ...mocks] });
}

async function fillIn(
  user: ReturnType<typeof userEvent.setup>,
  wage: string,
  loonwaarde: string,
  hours: string,
) {
  await user.type(await screen.findByLabelText('Bruto uurloon in euro'), wage);
  await user.type(screen.getByLabelText('Loonwaarde in procenten'), loonwaarde);
  await user.type(screen.getByLabelText('Uren per week'), hours);
  await user.click(screen.getByRole('button', { name: 'Bereken loonkostensubsidie' }));
}

describe(LksCalculationPage.name, () => {
  it('shows the subsidy per month with every step, and says which minimum wage it used', async () => {
    const user = userEvent.setup();
    renderPage(
      estimateMock(
        { hourlyWage: 14.71, loonwaardePercent: 60, hoursPerWeek: 24, date: null },
        { data: { lksEstimate: ESTIMATE } },
      ),
    );

    expect(
      await screen.findByRole('heading', { level: 1, name: 'LKS-berekening' }),
    ).toBeInTheDocument();
    await fillIn(user, '14,71', '60', '24');

    expect(await screen.findByText(/Loonkostensubsidie per maand: € 815,66/)).toBeInTheDocument();
    expect(screen.getByText(ESTIMATE.notice)).toBeInTheDocument();
    const steps = screen.getByRole('table', { name: 'Zo is de subsidie per uur berekend' });
    expect(within(steps).getByRole('row', { name: /Loonwaarde per uur \(60 %/ })).toHaveTextContent(
      '€ 8,83',
    );
    const month = screen.getByRole('table', { name: 'Loonkostensubsidie per week en per maand' });
    expect(within(month).getByRole('row', { name: /Werkgeverslasten/ })).toHaveTextContent(
      '€ 35,82€ 155,22',
    );
    expect(screen.getByRole('row', { name: /Netto kosten voor u/ })).toHaveTextContent(
      '€ 1.224,82',
    );
  });

  it('checks the fields before asking the API and keeps what was typed', async () => {
    const user = userEvent.setup();
    renderPage();

    await fillIn(user, 'veel', '120', '24');

    expect(
      await screen.findByRole('link', { name: 'Vul een bedrag in, zoals 14,71.' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'De loonwaarde is een heel getal van 0 tot en met 100.' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Bruto uurloon in euro')).toHaveValue('veel');
  });

  it("shows the API's refusal at the field", async () => {
    const user = userEvent.setup();
    renderPage(
      estimateMock(
        { hourlyWage: 10, loonwaardePercent: 60, hoursPerWeek: 24, date: null },
        {
          errors: [
            new GraphQLError('De invoer is niet geldig.', {
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [
                  {
                    field: 'input.hourlyWage',
                    message: 'Het uurloon is lager dan het minimumloon (€ 14,71 per uur).',
                  },
                ],
              },
            }),
          ],
        },
      ),
    );

    await fillIn(user, '10', '60', '24');

    expect(
      await screen.findByRole('link', {
        name: 'Het uurloon is lager dan het minimumloon (€ 14,71 per uur).',
      }),
    ).toHaveAttribute('href', '#lks-hourlyWage');
  });
});
