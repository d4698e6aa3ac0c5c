import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { ChangeJobCarvingStatusMutation } from '../../modules/job-carving/graphql/jobCarving.js';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import { JobCarvingRequestPage, JobCarvingRequestPageQuery } from './JobCarvingRequestPage.js';

function change(toStatus: string, fromStatus: string | null, note: string | null, day: number) {
  return {
    __typename: 'JobCarvingStatusChange',
    changedAt: `2026-05-0${day}T09:00:00.000Z`,
    changedByName: toStatus === 'SUBMITTED' ? 'Marieke Groen' : 'Sanne Vermeulen',
    fromStatus,
    toStatus,
    note,
  };
}

const proposedHistory = [
  change('SUBMITTED', null, null, 1),
  change('ANALYSING', 'SUBMITTED', 'We lopen een dag mee.', 2),
  change('PROPOSED', 'ANALYSING', 'Een nieuwe functie van 24 uur: pantry en post.', 3),
];

function buildRequest(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'JobCarvingRequest',
    id: 'jc-1',
    department: 'Facilitair',
    reason: 'SHORTAGE',
    notes: 'Vooral op maandag.',
    status: 'PROPOSED',
    createdAt: '2026-05-01T09:00:00.000Z',
    updatedAt: '2026-05-03T09:00:00.000Z',
    carvableHoursPerWeek: 24.5,
    carvableTasks: [
      {
        __typename: 'CarvableTask',
        jobId: 'job-1',
        jobTitle: 'Receptionist',
        taskName: 'Post sorteren',
        sharePercent: 20,
        headcount: 2,
        hoursPerWeek: 7.2,
        totalHoursPerWeek: 14.4,
      },
    ],
    jobs: [
      {
        __typename: 'JobCarvingJob',
        id: 'job-1',
        title: 'Receptionist',
        headcount: 2,
        tasks: [
          {
            __typename: 'JobCarvingTask',
            name: 'Post sorteren',
            sharePercent: 20,
            complexity: 'SIMPLE',
            splittable: true,
          },
          {
            __typename: 'JobCarvingTask',
            name: 'Bezoekers ontvangen',
            sharePercent: 60,
            complexity: 'MEDIUM',
            splittable: false,
          },
        ],
      },
    ],
    history: proposedHistory,
    proposal: null,
    vacancy: null,
    ...overrides,
  };
}

function pageMock(request: ReturnType<typeof buildRequest>): MockLink.MockedResponse {
  return {
    request: { query: JobCarvingRequestPageQuery, variables: { id: request.id } },
    result: { data: { jobCarvingRequest: request } },
  };
}

function answerMock(
  status: string,
  note: string | null,
  result: MockLink.MockedResponse['result'],
): MockLink.MockedResponse {
  return {
    request: { query: ChangeJobCarvingStatusMutation, variables: { id: 'jc-1', status, note } },
    result,
  };
}

const answered = (status: string, note: string | null) => ({
  data: {
    changeJobCarvingStatus: {
      __typename: 'JobCarvingRequest',
      id: 'jc-1',
      status,
      updatedAt: '2026-05-04T09:00:00.000Z',
      history: [...proposedHistory, change(status, 'PROPOSED', note, 4)],
    },
  },
});

function renderPage(request = buildRequest(), ...mocks: MockLink.MockedResponse[]) {
  return renderPortal({
    path: `/jobcarving/${request.id}`,
    mocks: [sessionMock(buildViewer()), pageMock(request), ...mocks],
  });
}

describe(JobCarvingRequestPage.name, () => {
  it('shows the proposal with the tasks it bundles', async () => {
    renderPage();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Jobcarving-verzoek Facilitair' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Jobcarving-verzoek Facilitair - Werkbrug werkgeversportaal');
    const proposal = screen.getByRole('region', { name: 'Het voorstel' });
    expect(proposal).toHaveTextContent('Een nieuwe functie van 24 uur: pantry en post.');
    expect(
      within(proposal).getByRole('table', {
        name: 'Eenvoudige taken voor de nieuwe functie: samen 24,5 uur per week',
      }),
    ).toHaveTextContent('Post sorteren');
  });

  it('shows the composed role the WSP proposed, and the reason and tasks the employer gave', async () => {
    renderPage(
      buildRequest({
        proposal: {
          __typename: 'JobCarvingProposal',
          title: 'Medewerker post en pantry',
          description: 'Een functie voor de post en de pantry.',
          hoursPerWeek: 20.5,
          tasks: [
            {
              __typename: 'JobCarvingRoleTask',
              jobId: 'job-1',
              taskIndex: 0,
              jobTitle: 'Receptionist',
              taskName: 'Post sorteren',
            },
          ],
          competences: [
            {
              __typename: 'JobCarvingRoleCompetence',
              competenceCode: 'WA_PUNCTUALITY',
              competenceName: 'Stiptheid',
              minLevel: 3,
              requirement: 'REQUIRED',
            },
          ],
        },
      }),
    );

    const proposal = await screen.findByRole('region', {
      name: 'Het voorstel: Medewerker post en pantry',
    });
    expect(proposal).toHaveTextContent('Een functie voor de post en de pantry.');
    expect(proposal).toHaveTextContent('Uren per week20,5');
    expect(proposal).toHaveTextContent('Post sorteren (nu gedaan door Receptionist)');
    expect(proposal).toHaveTextContent('Stiptheid: minstens niveau 3 (vereist)');
    expect(screen.getByText('Te weinig personeel')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Receptionist (2 medewerkers)' });
    expect(within(table).getByRole('row', { name: /Post sorteren/ })).toHaveTextContent('Ja');
    expect(within(table).getByRole('row', { name: /Bezoekers ontvangen/ })).toHaveTextContent(
      'Nee',
    );
  });

  it('shows the history of the request', async () => {
    renderPage();

    const history = await screen.findByRole('region', { name: 'Verloop' });
    expect(history).toHaveTextContent('2 mei 2026: Werk wordt geanalyseerd (Sanne Vermeulen)');
    expect(history).toHaveTextContent('We lopen een dag mee.');
  });

  it('accepts the proposal', async () => {
    const user = userEvent.setup();
    renderPage(buildRequest(), answerMock('ACCEPTED', null, answered('ACCEPTED', null)));

    await user.click(await screen.findByRole('button', { name: 'Voorstel aanvaarden' }));

    expect(await screen.findByText(/U heeft het voorstel aanvaard/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Voorstel aanvaarden' })).not.toBeInTheDocument();
  });

  it('asks for a reason before rejecting the proposal', async () => {
    const user = userEvent.setup();
    renderPage();

    await user.click(await screen.findByRole('button', { name: 'Voorstel afwijzen' }));
    await user.click(screen.getByRole('button', { name: 'Voorstel afwijzen' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Geef een reden voor de afwijzing.');
    expect(screen.getByLabelText('Waarom wijst u het voorstel af?')).toBeInvalid();
  });

  it('rejects the proposal with the reason', async () => {
    const user = userEvent.setup();
    const reason = 'Wij hebben geen begeleider beschikbaar.';
    renderPage(buildRequest(), answerMock('REJECTED', reason, answered('REJECTED', reason)));

    await user.click(await screen.findByRole('button', { name: 'Voorstel afwijzen' }));
    await user.type(screen.getByLabelText('Waarom wijst u het voorstel af?'), reason);
    await user.click(screen.getByRole('button', { name: 'Voorstel afwijzen' }));

    expect(await screen.findByText(/Dit verzoek is afgewezen/)).toBeInTheDocument();
  });

  it("shows the API's refusal and keeps the reason typed", async () => {
    const user = userEvent.setup();
    const refusal = new GraphQLError(
      'De status van dit verzoek is zojuist gewijzigd. Probeer het opnieuw.',
      {
        extensions: { code: 'CONFLICT' },
      },
    );
    renderPage(buildRequest(), answerMock('REJECTED', 'Te duur.', { errors: [refusal.toJSON()] }));

    await user.click(await screen.findByRole('button', { name: 'Voorstel afwijzen' }));
    await user.type(screen.getByLabelText('Waarom wijst u het voorstel af?'), 'Te duur.');
    await user.click(screen.getByRole('button', { name: 'Voorstel afwijzen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('zojuist gewijzigd');
    expect(screen.getByLabelText('Waarom wijst u het voorstel af?')).toHaveValue('Te duur.');
  });

  it.each([
    ['SUBMITTED', 'Het werkgeversservicepunt heeft uw verzoek ontvangen'],
    ['ANALYSING', 'analyseert het werk op uw afdeling'],
    ['REJECTED', 'Dit verzoek is afgewezen'],
  ])('explains what happens next while %s, without answer buttons', async (status, text) => {
    renderPage(buildRequest({ status, history: proposedHistory.slice(0, 1) }));

    expect(await screen.findByText(new RegExp(text))).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Voorstel aanvaarden' })).not.toBeInTheDocument();
  });

  it('links the vacancy the carved role became', async () => {
    renderPage(
      buildRequest({
        status: 'VACANCY_CREATED',
        vacancy: {
          __typename: 'JobCarvingVacancy',
          id: 'vacancy-9',
          title: 'Facilitair medewerker',
        },
      }),
    );

    expect(await screen.findByRole('link', { name: 'Facilitair medewerker' })).toHaveAttribute(
      'href',
      '/vacatures/vacancy-9',
    );
  });
});
