import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import {
  AcceptAssignmentPairsMutation,
  AssignmentPage,
  AssignmentPageQuery,
  AssignmentProposalQuery,
  StartAssignmentProposalMutation,
} from './AssignmentPage.js';

const accountManager = buildViewer({ roles: ['ACCOUNT_MANAGER'], regionCodes: ['AM12'] });

function pageMock(viewer = accountManager): MockLink.MockedResponse {
  return {
    request: { query: AssignmentPageQuery },
    result: {
      data: {
        viewer: {
          __typename: 'Viewer',
          id: viewer.id,
          roles: viewer.roles,
          regionCodes: viewer.regionCodes,
        },
        labourMarketRegions: [
          { __typename: 'LabourMarketRegion', code: 'AM12', name: 'Gooi en Vechtstreek' },
          { __typename: 'LabourMarketRegion', code: 'AM36', name: 'Zuid-Limburg' },
        ],
      },
    },
  };
}

function pair(
  vacancyId: string,
  title: string,
  jobSeekerId: string,
  firstName: string,
  score: number,
) {
  return {
    __typename: 'ProposedAssignmentPair',
    score,
    vacancy: { __typename: 'MatchVacancy', id: vacancyId, title, employerName: 'Groenbedrijf' },
    jobSeeker: {
      __typename: 'MatchCandidate',
      id: jobSeekerId,
      candidateLabel: 'Kandidaat 1',
      firstName,
      lastName: 'Jansen',
    },
  };
}

function proposalMock(status: string, progress: number): MockLink.MockedResponse {
  return {
    request: { query: AssignmentProposalQuery, variables: { id: 'voorstel-1' } },
    result: {
      data: {
        assignmentProposal: {
          __typename: 'AssignmentProposal',
          id: 'voorstel-1',
          regionCode: 'AM12',
          status,
          progress,
          includeOtherRegions: false,
          error: null,
          result:
            status === 'DONE'
              ? {
                  __typename: 'AssignmentProposalResult',
                  totalScore: 150,
                  greedyTotalScore: 140,
                  gain: 10,
                  gainPercent: 7.1,
                  places: 3,
                  placesFilled: 2,
                  pairs: [
                    pair('v1', 'Hovenier', 'a', 'Fatma', 80),
                    pair('v2', 'Schoonmaker', 'b', 'Piet', 70),
                  ],
                }
              : null,
        },
      },
    },
  };
}

describe(AssignmentPage.name, () => {
  it('starts a proposal, follows its progress, and puts chosen pairs on the shortlists with a result per pair', async () => {
    const user = userEvent.setup();
    renderPortal({
      path: '/toewijzing',
      mocks: [
        sessionMock(accountManager),
        pageMock(),
        {
          request: {
            query: StartAssignmentProposalMutation,
            variables: { regionCode: 'AM12', includeOtherRegions: false },
          },
          result: {
            data: {
              startAssignmentProposal: {
                __typename: 'AssignmentProposal',
                id: 'voorstel-1',
                status: 'QUEUED',
                progress: 0,
              },
            },
          },
        },
        proposalMock('RUNNING', 0.4),
        proposalMock('DONE', 1),
        {
          request: {
            query: AcceptAssignmentPairsMutation,
            variables: { proposalId: 'voorstel-1', pairs: [{ vacancyId: 'v2', jobSeekerId: 'b' }] },
          },
          result: {
            data: {
              acceptAssignmentPairs: [
                {
                  __typename: 'AssignmentPairAcceptance',
                  vacancyId: 'v2',
                  jobSeekerId: 'b',
                  outcome: 'ALREADY_IN_PIPELINE',
                  introductionId: null,
                  message: 'Deze inwoner staat al in de pijplijn van deze vacature.',
                },
              ],
            },
          },
        },
      ],
    });

    expect(await screen.findByLabelText('Regio')).toHaveValue('AM12');
    expect(
      within(screen.getByLabelText('Regio'))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Gooi en Vechtstreek (AM12)']);
    await user.click(screen.getByRole('button', { name: 'Voorstel starten' }));

    const progress = await screen.findByRole('progressbar', { name: 'Berekend' });
    expect(progress).toHaveAttribute('value', '40');
    expect(screen.getByText('Bezig met berekenen: 40 %.')).toBeInTheDocument();

    const table = await screen.findByRole(
      'table',
      { name: 'Voorgestelde paren, per vacature' },
      { timeout: 3000 },
    );
    expect(screen.getByRole('progressbar', { name: 'Berekend' })).toHaveAttribute('value', '100');
    expect(screen.getByText('Winst ten opzichte van beste-eerst').nextSibling).toHaveTextContent(
      '10 (7,1 %)',
    );
    expect(within(table).getByRole('row', { name: /Hovenier/ })).toHaveTextContent(
      'Hovenier bij GroenbedrijfFatma Jansen80',
    );

    await user.click(screen.getByRole('checkbox', { name: 'Piet Jansen voor Schoonmaker kiezen' }));
    await user.click(screen.getByRole('button', { name: 'Op shortlist zetten (1)' }));

    const results = await screen.findByRole('table', { name: 'Resultaat per paar' });
    expect(screen.getByText('0 van 1 paar op de shortlist gezet.')).toBeInTheDocument();
    expect(
      within(results).getByRole('row', { name: /Piet Jansen voor Schoonmaker/ }),
    ).toHaveTextContent(
      'Overgeslagen: al in de pijplijn: Deze inwoner staat al in de pijplijn van deze vacature.',
    );
  });

  it('shows why a proposal cannot start', async () => {
    const user = userEvent.setup();
    const refusal = new GraphQLError(
      'Voor deze regio wordt al een toewijzingsvoorstel berekend. Wacht tot het klaar is.',
      {
        extensions: { code: 'CONFLICT' },
      },
    );
    renderPortal({
      path: '/toewijzing',
      mocks: [
        sessionMock(accountManager),
        pageMock(),
        {
          request: { query: StartAssignmentProposalMutation, variables: () => true },
          result: { errors: [refusal.toJSON()] },
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Voorstel starten' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Voor deze regio wordt al een toewijzingsvoorstel berekend.',
    );
  });

  it('is not for consultants', async () => {
    renderPortal({
      path: '/toewijzing',
      mocks: [sessionMock(buildViewer({ roles: ['CONSULTANT'] }))],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Geen toegang' }),
    ).toBeInTheDocument();
  });
});
