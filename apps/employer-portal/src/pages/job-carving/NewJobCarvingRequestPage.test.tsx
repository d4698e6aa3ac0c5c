import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { userEvent, type UserEvent } from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { SubmitJobCarvingRequestMutation } from '../../modules/job-carving/graphql/jobCarving.js';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import { JobCarvingRequestPageQuery } from './JobCarvingRequestPage.js';
import { NewJobCarvingRequestPage } from './NewJobCarvingRequestPage.js';

const input = {
  employerId: '17',
  department: 'Keuken',
  reason: 'WORKLOAD',
  notes: '',
  jobs: [
    {
      title: 'Kok',
      headcount: 3,
      tasks: [
        { name: 'Groenten snijden', sharePercent: 30, complexity: 'SIMPLE', splittable: true },
        { name: 'Koken', sharePercent: 60, complexity: 'COMPLEX', splittable: false },
      ],
    },
  ],
};

function submitMock(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: SubmitJobCarvingRequestMutation, variables: { input } }, result };
}

const requestPageMock: MockLink.MockedResponse = {
  request: { query: JobCarvingRequestPageQuery, variables: { id: 'jc-new' } },
  result: {
    data: {
      jobCarvingRequest: {
        __typename: 'JobCarvingRequest',
        id: 'jc-new',
        department: 'Keuken',
        reason: 'WORKLOAD',
        notes: input.notes,
        status: 'SUBMITTED',
        createdAt: '2026-05-04T09:00:00.000Z',
        updatedAt: '2026-05-04T09:00:00.000Z',
        carvableHoursPerWeek: 32.4,
        carvableTasks: [],
        jobs: [],
        history: [],
        proposal: null,
        vacancy: null,
      },
    },
  },
};

function renderWizard(...mocks: MockLink.MockedResponse[]) {
  return renderPortal({
    path: '/jobcarving/nieuw',
    mocks: [sessionMock(buildViewer()), ...mocks],
  });
}

const next = (user: UserEvent) => user.click(screen.getByRole('button', { name: 'Volgende stap' }));

async function fillDepartment(user: UserEvent) {
  await user.type(await screen.findByLabelText('Afdeling'), 'Keuken');
  await user.click(
    screen.getByRole('radio', { name: 'Onze vakkrachten hebben een te hoge werkdruk' }),
  );
  await next(user);
}

async function fillJobs(user: UserEvent) {
  await user.type(screen.getByLabelText('Naam van de functie'), 'Kok');
  const headcount = screen.getByLabelText('Aantal medewerkers in deze functie');
  await user.clear(headcount);
  await user.type(headcount, '3');
  await next(user);
}

async function fillTasks(user: UserEvent) {
  const first = screen.getByRole('group', { name: 'Taak 1' });
  await user.type(within(first).getByLabelText('Wat is de taak?'), 'Groenten snijden');
  await user.type(within(first).getByLabelText('Deel van de werktijd, in procenten'), '30');
  await user.click(within(first).getByRole('radio', { name: 'Eenvoudig' }));
  await user.click(within(first).getByRole('radio', { name: 'Ja' }));
  await user.click(screen.getByRole('button', { name: 'Nog een taak toevoegen aan Kok' }));
  const second = screen.getByRole('group', { name: 'Taak 2' });
  await user.type(within(second).getByLabelText('Wat is de taak?'), 'Koken');
  await user.type(within(second).getByLabelText('Deel van de werktijd, in procenten'), '60');
  await user.click(within(second).getByRole('radio', { name: 'Complex' }));
  await user.click(within(second).getByRole('radio', { name: 'Nee' }));
  await next(user);
}

describe(NewJobCarvingRequestPage.name, () => {
  it('starts at step 1 with the step in the page title', async () => {
    renderWizard();

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Stap 1 van 4: Afdeling' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.title).toBe(
      'Stap 1 van 4: Afdeling - Nieuw jobcarving-verzoek - Werkbrug werkgeversportaal',
    );
    expect(screen.getByRole('listitem', { current: 'step' })).toHaveTextContent('Afdeling');
  });

  it('checks a step before going on', async () => {
    const user = userEvent.setup();
    renderWizard();

    await screen.findByLabelText('Afdeling');
    await next(user);

    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Vul de afdeling in.');
    expect(summary).toHaveTextContent('Kies waarom u jobcarving overweegt.');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Stap 1 van 4');
    expect(summary.closest('.werkbrug-error-summary')).toHaveFocus();
  });

  it('moves the focus to the next step and says where the employer is', async () => {
    const user = userEvent.setup();
    renderWizard();

    await fillDepartment(user);

    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading).toHaveTextContent('Stap 2 van 4: Functies');
    expect(heading).toHaveFocus();
    expect(document.title).toMatch(/^Stap 2 van 4: Functies/);
  });

  it('refuses tasks that describe less than half of a job', async () => {
    const user = userEvent.setup();
    renderWizard();
    await fillDepartment(user);
    await fillJobs(user);

    const task = screen.getByRole('group', { name: 'Taak 1' });
    await user.type(within(task).getByLabelText('Wat is de taak?'), 'Groenten snijden');
    await user.type(within(task).getByLabelText('Deel van de werktijd, in procenten'), '30');
    await user.click(within(task).getByRole('radio', { name: 'Eenvoudig' }));
    await next(user);

    expect(screen.getByRole('alert')).toHaveTextContent('De taken beslaan samen pas 30 %');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Geef aan of de taak kan worden afgesplitst.',
    );
    expect(screen.getByText('Beschreven: 30 % van de werktijd.')).toBeInTheDocument();
  });

  it('keeps what was typed when going back a step', async () => {
    const user = userEvent.setup();
    renderWizard();
    await fillDepartment(user);

    await user.click(screen.getByRole('button', { name: 'Vorige stap' }));

    expect(screen.getByLabelText('Afdeling')).toHaveValue('Keuken');
    expect(
      screen.getByRole('radio', { name: 'Onze vakkrachten hebben een te hoge werkdruk' }),
    ).toBeChecked();
  });

  it('shows everything for review, then submits and shows the request', async () => {
    const user = userEvent.setup();
    const { location } = renderWizard(
      submitMock({
        data: {
          submitJobCarvingRequest: {
            __typename: 'JobCarvingRequest',
            id: 'jc-new',
            status: 'SUBMITTED',
          },
        },
      }),
      requestPageMock,
    );
    await fillDepartment(user);
    await fillJobs(user);
    await fillTasks(user);

    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Stap 4 van 4: Controleren en indienen',
    );
    const table = screen.getByRole('table', { name: 'Kok (3 medewerkers)' });
    expect(within(table).getByRole('row', { name: /Groenten snijden/ })).toHaveTextContent(
      '30 %EenvoudigJa',
    );
    expect(within(table).getByRole('row', { name: /Koken/ })).toHaveTextContent('60 %ComplexNee');
    expect(screen.getByText(/ongeveer 32,4 uur werk per week/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Verzoek indienen' }));

    expect(await screen.findByText(/Uw verzoek is ingediend/)).toBeInTheDocument();
    expect(location().pathname).toBe('/jobcarving/jc-new');
  });

  it("goes back to the step the API's field error is about, keeping everything", async () => {
    const user = userEvent.setup();
    const refusal = new GraphQLError('De invoer is niet geldig.', {
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.jobs.0.title', message: 'Hoogstens 160 tekens.' }],
      },
    });
    renderWizard(submitMock({ errors: [refusal.toJSON()] }));
    await fillDepartment(user);
    await fillJobs(user);
    await fillTasks(user);

    await user.click(screen.getByRole('button', { name: 'Verzoek indienen' }));

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Stap 2 van 4: Functies' }),
    ).toBeInTheDocument();
    const title = screen.getByLabelText('Naam van de functie');
    expect(title).toHaveAccessibleDescription(
      'Bijvoorbeeld "Kok" of "Medewerker bediening". Hoogstens 160 tekens.',
    );
    expect(title).toHaveValue('Kok');
  });

  it("shows the API's message on the review step when it names no field", async () => {
    const user = userEvent.setup();
    const refusal = new GraphQLError(
      'Deze werkgever is gearchiveerd; er kunnen geen verzoeken meer bij.',
      {
        extensions: { code: 'CONFLICT' },
      },
    );
    renderWizard(submitMock({ errors: [refusal.toJSON()] }));
    await fillDepartment(user);
    await fillJobs(user);
    await fillTasks(user);

    await user.click(screen.getByRole('button', { name: 'Verzoek indienen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Deze werkgever is gearchiveerd; er kunnen geen verzoeken meer bij.',
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Stap 4 van 4');
  });
});
