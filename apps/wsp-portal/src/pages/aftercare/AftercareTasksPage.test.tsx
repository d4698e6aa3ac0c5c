import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { addDays } from '@werkbrug/domain-rules';
import { GraphQLError } from 'graphql';
import { todayIso } from '../../modules/common/dates.js';
import { connection } from '../../test-builders.js';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import {
  AftercareTasksPage,
  AftercareTasksPageQuery,
  LOOK_AHEAD_DAYS,
} from './AftercareTasksPage.js';

const am = buildViewer({ roles: ['ACCOUNT_MANAGER'] });
const today = todayIso();
const dueBefore = addDays(today, LOOK_AHEAD_DAYS);

function task(
  id: string,
  overrides: { checkIn?: Record<string, unknown>; placement?: Record<string, unknown> } = {},
) {
  return {
    __typename: 'AftercareTask',
    checkIn: {
      __typename: 'AftercareCheckIn',
      id: `c-${id}`,
      kind: 'WEEK_2',
      dueDate: addDays(today, 3),
      status: 'OPEN',
      completedOn: null,
      overdue: false,
      daysOverdue: 0,
      ...overrides.checkIn,
    },
    placement: {
      __typename: 'AftercareTaskPlacement',
      id: `p-${id}`,
      candidateLabel: 'Kandidaat 4711',
      jobSeekerName: 'Fatma Yilmaz',
      employerId: 'e-1',
      employerName: 'Groenbedrijf B.V.',
      accountManagerName: 'Anne de Vries',
      atRisk: false,
      atRiskReason: null,
      ...overrides.placement,
    },
  };
}

function tasksMock(mine: boolean, nodes: unknown[]): MockLink.MockedResponse {
  return {
    request: {
      query: AftercareTasksPageQuery,
      variables: { mine, dueBefore, first: 25, after: null },
    },
    result: { data: { aftercareTasks: connection('AftercareTaskConnection', nodes) } },
  };
}

describe(AftercareTasksPage.name, () => {
  it("lists the account manager's due check-ins, overdue and at-risk ones marked, each linking to its placement", async () => {
    const late = task('1', {
      checkIn: { kind: 'MONTH_1', dueDate: addDays(today, -20), overdue: true, daysOverdue: 20 },
      placement: {
        jobSeekerName: 'Bram Bakker',
        atRisk: true,
        atRiskReason: 'Een nazorgcontact is meer dan 14 dagen te laat.',
      },
    });
    renderPortal({ path: '/nazorg', mocks: [sessionMock(am), tasksMock(true, [late, task('2')])] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Nazorg' })).toBeInTheDocument();
    expect(document.title).toBe('Nazorg - Werkbrug WSP-portaal');
    const link = await screen.findByRole('link', { name: 'Bram Bakker' });
    expect(link).toHaveAttribute('href', '/plaatsingen/p-1');
    const row = link.closest('tr')!;
    expect(within(row).getByText('Te laat (20 dagen)')).toBeInTheDocument();
    expect(
      within(row).getByText('In gevaar: Een nazorgcontact is meer dan 14 dagen te laat.'),
    ).toBeInTheDocument();
    expect(screen.getByText('1 plaatsing is in gevaar.')).toBeInTheDocument();
    expect(screen.getByText('2 nazorgcontacten gevonden.')).toBeInTheDocument();
  });

  it('shows the whole region on request', async () => {
    const user = userEvent.setup();
    const { location } = renderPortal({
      path: '/nazorg',
      mocks: [
        sessionMock(am),
        tasksMock(true, []),
        tasksMock(false, [task('3', { placement: { jobSeekerName: null } })]),
      ],
    });

    expect(
      await screen.findByText('Er staan geen nazorgcontacten open in deze periode.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Mijn hele regio' }));
    await user.click(screen.getByRole('button', { name: 'Tonen' }));

    expect(await screen.findByRole('link', { name: 'Kandidaat 4711' })).toBeInTheDocument();
    expect(location().search).toBe('?bereik=regio');
  });

  it('shows a consultant the whole region, without the choice', async () => {
    const consultant = buildViewer({ roles: ['CONSULTANT'] });
    renderPortal({
      path: '/nazorg',
      mocks: [sessionMock(consultant), tasksMock(false, [task('4')])],
    });

    expect(await screen.findByRole('link', { name: 'Fatma Yilmaz' })).toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: 'Mijn werkgevers' })).not.toBeInTheDocument();
  });

  it('offers to try again when loading fails', async () => {
    renderPortal({
      path: '/nazorg',
      mocks: [
        sessionMock(am),
        {
          request: {
            query: AftercareTasksPageQuery,
            variables: { mine: true, dueBefore, first: 25, after: null },
          },
          result: { errors: [new GraphQLError('kapot')] },
        },
      ],
    });

    expect(await screen.findByRole('button', { name: /opnieuw/i })).toBeInTheDocument();
  });
});
