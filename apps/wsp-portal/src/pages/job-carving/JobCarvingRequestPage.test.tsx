import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { RecordJobCarvingAnalysisMutation } from '../../modules/job-carving/graphql/jobCarving.js';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import { JobCarvingRequestPage, JobCarvingRequestPageQuery } from './JobCarvingRequestPage.js';

function buildRequest(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'JobCarvingRequest',
    id: 'jc-1',
    department: 'Keuken',
    reason: 'WORKLOAD',
    notes: 'Veel afwas in de avond.',
    status: 'SUBMITTED',
    regionCode: 'AM12',
    createdAt: '2026-05-01T09:00:00.000Z',
    employer: { __typename: 'JobCarvingEmployer', id: 'e-1', name: 'Hotel De Gooische Hoeve' },
    jobs: [
      {
        __typename: 'JobCarvingJob',
        id: 'job-1',
        title: 'Kok',
        headcount: 2,
        tasks: [
          {
            __typename: 'JobCarvingTask',
            name: 'Koken',
            sharePercent: 70,
            complexity: 'COMPLEX',
            splittable: false,
          },
          {
            __typename: 'JobCarvingTask',
            name: 'Afwassen',
            sharePercent: 30,
            complexity: 'SIMPLE',
            splittable: true,
          },
        ],
      },
    ],
    analysis: null,
    proposal: null,
    vacancy: null,
    history: [
      {
        __typename: 'JobCarvingStatusChange',
        fromStatus: null,
        toStatus: 'SUBMITTED',
        note: null,
        changedByName: 'Marieke Groen',
        changedAt: '2026-05-01T09:00:00.000Z',
      },
    ],
    ...overrides,
  };
}

const analysisInput = {
  summary: 'Meegelopen.',
  tasks: [
    { jobId: 'job-1', taskIndex: 0, sharePercent: 70, complexity: 'COMPLEX', splittable: false },
    { jobId: 'job-1', taskIndex: 1, sharePercent: 30, complexity: 'SIMPLE', splittable: true },
  ],
};

function pageMock(request: unknown): MockLink.MockedResponse {
  return {
    request: { query: JobCarvingRequestPageQuery, variables: { id: 'jc-1' } },
    result: { data: { jobCarvingRequest: request } },
  };
}

function analyseMock(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return {
    request: {
      query: RecordJobCarvingAnalysisMutation,
      variables: { id: 'jc-1', input: analysisInput },
    },
    result,
  };
}

const renderPage = (...mocks: MockLink.MockedResponse[]) =>
  renderPortal({
    path: '/jobcarving/jc-1',
    mocks: [sessionMock(buildViewer({ roles: ['ACCOUNT_MANAGER'] })), ...mocks],
  });

describe(JobCarvingRequestPage.name, () => {
  it("shows the employer's request and its work, with the analysis to record", async () => {
    renderPage(pageMock(buildRequest()));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Jobcarving-verzoek Keuken' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Te hoge werkdruk bij vakkrachten')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Kok (2 medewerkers)' });
    expect(within(table).getByRole('row', { name: /Afwassen/ })).toHaveTextContent(
      '30 %EenvoudigJa',
    );
    const form = screen.getByRole('form', { name: 'Taakanalyse' });
    expect(
      within(form).getByRole('checkbox', {
        name: 'Afsplitsen naar de nieuwe functie',
        checked: true,
      }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('form', { name: 'Nieuwe functie samenstellen' }),
    ).not.toBeInTheDocument();
  });

  it('records the analysis and then offers the composer', async () => {
    const user = userEvent.setup();
    const analysed = buildRequest({
      status: 'ANALYSING',
      analysis: {
        __typename: 'JobCarvingAnalysis',
        summary: 'Meegelopen.',
        recordedByName: 'Sanne Vermeulen',
        recordedAt: '2026-05-02T09:00:00.000Z',
        tasks: analysisInput.tasks.map((task, i) => ({
          __typename: 'JobCarvingAnalysedTask',
          ...task,
          jobTitle: 'Kok',
          taskName: i === 0 ? 'Koken' : 'Afwassen',
        })),
      },
    });
    renderPage(
      pageMock(buildRequest()),
      analyseMock({ data: { recordJobCarvingAnalysis: analysed } }),
    );

    await user.type(await screen.findByLabelText('Bevindingen (niet verplicht)'), 'Meegelopen.');
    await user.click(screen.getByRole('button', { name: 'Analyse vastleggen en starten' }));

    expect(await screen.findByText('De taakanalyse is vastgelegd.')).toBeInTheDocument();
    const composer = screen.getByRole('form', { name: 'Nieuwe functie samenstellen' });
    expect(within(composer).getByRole('checkbox', { name: /Afwassen/ })).toBeChecked();
    expect(within(composer).queryByRole('checkbox', { name: /Koken/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Analyse bijwerken' })).toBeInTheDocument();
  });

  it("shows the API's refusal at the field and keeps what was typed", async () => {
    const user = userEvent.setup();
    const refusal = new GraphQLError('De invoer is niet geldig.', {
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.tasks.0.sharePercent', message: 'Te groot.' }],
      },
    });
    renderPage(pageMock(buildRequest()), analyseMock({ errors: [refusal.toJSON()] }));

    await user.type(await screen.findByLabelText('Bevindingen (niet verplicht)'), 'Meegelopen.');
    await user.click(screen.getByRole('button', { name: 'Analyse vastleggen en starten' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Te groot.');
    expect(
      screen.getAllByLabelText('Deel van de werktijd, in procenten')[0],
    ).toHaveAccessibleDescription('Te groot.');
    expect(screen.getByLabelText('Bevindingen (niet verplicht)')).toHaveValue('Meegelopen.');
  });

  it('shows "Pagina niet gevonden" for an unknown request', async () => {
    const notFound = new GraphQLError('Dit jobcarving-verzoek is niet gevonden.', {
      extensions: { code: 'NOT_FOUND' },
    });
    renderPage({
      request: { query: JobCarvingRequestPageQuery, variables: { id: 'jc-1' } },
      result: { errors: [notFound.toJSON()] },
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' }),
    ).toBeInTheDocument();
  });
});
