import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { ConfirmJobSeekerAvailabilityMutation } from '../../modules/job-seeker/components/ConfirmAvailabilityButton.js';
import { addDaysIso, todayIso } from '../../modules/common/dates.js';
import { buildJobSeeker, connection } from '../../test-builders.js';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import {
  JobSeekerListPage,
  JobSeekerListPageFollowUpQuery,
  JobSeekerListPageMunicipalitiesQuery,
  JobSeekerListPageQuery,
  JobSeekerListPageRegionsQuery,
} from './JobSeekerListPage.js';

const consultant = buildViewer({ roles: ['CONSULTANT'], regionCodes: ['AM12'] });
const accountManager = buildViewer({ roles: ['ACCOUNT_MANAGER'], regionCodes: ['AM12'] });

const NO_FILTERS = {
  first: 25,
  after: null,
  search: null,
  regionCode: null,
  municipalityCode: null,
  consentStatus: null,
  earningCapacityBand: null,
  doelgroepregister: null,
  indicatieBeschutWerk: null,
  availabilityStale: null,
};

function followUpMock(count: number): MockLink.MockedResponse {
  return {
    request: { query: JobSeekerListPageFollowUpQuery },
    result: { data: { jobSeekerCount: count } },
    maxUsageCount: 5,
  };
}

function regionsMock(viewer: ReturnType<typeof buildViewer>): MockLink.MockedResponse {
  return {
    request: { query: JobSeekerListPageRegionsQuery },
    result: {
      data: {
        viewer: { __typename: 'Viewer', id: viewer.id, regionCodes: viewer.regionCodes },
        labourMarketRegions: [
          { __typename: 'LabourMarketRegion', code: 'AM12', name: 'Gooi en Vechtstreek' },
        ],
      },
    },
  };
}

function municipalitiesMock(): MockLink.MockedResponse {
  return {
    request: { query: JobSeekerListPageMunicipalitiesQuery, variables: { regionCode: 'AM12' } },
    result: {
      data: {
        municipalities: {
          __typename: 'MunicipalityConnection',
          nodes: [
            { __typename: 'Municipality', code: 'GM0402', name: 'Hilversum' },
            { __typename: 'Municipality', code: 'GM0406', name: 'Huizen' },
          ],
        },
      },
    },
  };
}

function listMock(
  jobSeekers: ReturnType<typeof buildJobSeeker>[],
  variables: Record<string, unknown> = NO_FILTERS,
): MockLink.MockedResponse {
  return {
    request: { query: JobSeekerListPageQuery, variables },
    result: { data: { jobSeekers: connection('JobSeekerConnection', jobSeekers) } },
  };
}

function renderList({
  path = '/inwoners',
  viewer = consultant,
  mocks,
  followUp = 0,
}: {
  path?: string;
  viewer?: ReturnType<typeof buildViewer>;
  mocks: MockLink.MockedResponse[];
  followUp?: number;
}) {
  return renderPortal({
    path,
    mocks: [
      sessionMock(viewer),
      regionsMock(viewer),
      municipalitiesMock(),
      followUpMock(followUp),
      ...mocks,
    ],
  });
}

const staleDate = addDaysIso(todayIso(), -120);

describe(JobSeekerListPage.name, () => {
  it('has one h1 and a Dutch page title', async () => {
    renderList({ mocks: [listMock([])] });

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Inwoners');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.title).toBe('Inwoners - Werkbrug WSP-portaal');
  });

  it('lists the files with a link to each', async () => {
    const jobSeeker = buildJobSeeker({
      firstName: 'Fatma',
      lastName: 'Yilmaz',
      candidateNumber: 4711,
    });
    renderList({ mocks: [listMock([jobSeeker])] });

    const row = (await screen.findByRole('link', { name: 'Fatma Yilmaz' })).closest('tr');
    expect(row).not.toBeNull();
    expect(within(row!).getByText('4711')).toBeInTheDocument();
    expect(within(row!).getByText('Hilversum')).toBeInTheDocument();
    expect(within(row!).getByText('Regulier werk met ondersteuning (50-80 %)')).toBeInTheDocument();
    expect(within(row!).getByText('Doelgroepregister')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Fatma Yilmaz' })).toHaveAttribute(
      'href',
      `/inwoners/${jobSeeker.id}`,
    );
    expect(screen.getByText('1 dossier gevonden.')).toBeInTheDocument();
  });

  it('says loading while the files load', async () => {
    renderList({ mocks: [{ ...listMock([]), delay: 10_000 }] });

    await screen.findByRole('heading', { level: 1, name: 'Inwoners' });
    const results = screen.getByRole('region', { name: 'Resultaten' });
    expect(within(results).getByRole('status')).toHaveTextContent('Bezig met laden…');
  });

  it('says so when there are no files', async () => {
    renderList({ mocks: [listMock([])] });

    expect(await screen.findByText('Er zijn nog geen dossiers in uw regio.')).toBeInTheDocument();
  });

  it('shows an error with a way to try again', async () => {
    const failed: MockLink.MockedResponse = {
      request: { query: JobSeekerListPageQuery, variables: NO_FILTERS },
      error: new Error('Failed to fetch'),
    };
    const user = userEvent.setup();
    renderList({
      mocks: [failed, listMock([buildJobSeeker({ firstName: 'Piet', lastName: 'Bos' })])],
    });

    expect(await screen.findByRole('alert')).toHaveTextContent('Werkbrug is nu niet bereikbaar.');
    await user.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));

    expect(await screen.findByRole('link', { name: 'Piet Bos' })).toBeInTheDocument();
  });

  it('marks a file whose availability was not confirmed for 90 days', async () => {
    renderList({
      mocks: [
        listMock([
          buildJobSeeker({
            firstName: 'Oud',
            lastName: 'Dossier',
            availabilityConfirmedAt: staleDate,
          }),
          buildJobSeeker({ firstName: 'Vers', lastName: 'Dossier' }),
        ]),
      ],
    });

    const stale = (await screen.findByRole('link', { name: 'Oud Dossier' })).closest('tr')!;
    const fresh = screen.getByRole('link', { name: 'Vers Dossier' }).closest('tr')!;
    expect(within(stale).getByText('Verlopen: 120 dagen geleden bevestigd')).toBeInTheDocument();
    expect(within(fresh).getByText('10 dagen geleden bevestigd')).toBeInTheDocument();
    expect(within(fresh).queryByRole('button')).not.toBeInTheDocument();
  });

  it('confirms availability in one click and says so', async () => {
    const jobSeeker = buildJobSeeker({
      firstName: 'Oud',
      lastName: 'Dossier',
      availabilityConfirmedAt: staleDate,
    });
    const confirm: MockLink.MockedResponse = {
      request: { query: ConfirmJobSeekerAvailabilityMutation, variables: { id: jobSeeker.id } },
      result: {
        data: {
          confirmJobSeekerAvailability: {
            __typename: 'JobSeeker',
            id: jobSeeker.id,
            availabilityConfirmedAt: todayIso(),
            updatedAt: new Date().toISOString(),
          },
        },
      },
    };
    const user = userEvent.setup();
    renderList({ mocks: [listMock([jobSeeker]), confirm] });

    await user.click(
      await screen.findByRole('button', { name: 'Bevestigen: beschikbaarheid van Oud Dossier' }),
    );

    expect(
      await screen.findByText('De beschikbaarheid van Oud Dossier is bevestigd.'),
    ).toBeInTheDocument();
    const row = screen.getByRole('link', { name: 'Oud Dossier' }).closest('tr')!;
    expect(within(row).getByText('Vandaag bevestigd')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Oud Dossier' })).toHaveFocus();
  });

  it('offers no confirmation to an account manager, who only reads files', async () => {
    renderList({
      viewer: accountManager,
      mocks: [listMock([buildJobSeeker({ availabilityConfirmedAt: staleDate })])],
    });

    await screen.findByText(/^Verlopen: /);
    expect(screen.queryByRole('button', { name: /^Bevestigen/ })).not.toBeInTheDocument();
  });

  it('sends the filters to the API and keeps them in the address bar', async () => {
    const user = userEvent.setup();
    const filtered = listMock([buildJobSeeker({ firstName: 'Gevonden', lastName: 'Inwoner' })], {
      ...NO_FILTERS,
      search: 'Inwoner',
      municipalityCode: 'GM0406',
      consentStatus: 'GRANTED',
      doelgroepregister: true,
    });
    const { location } = renderList({ mocks: [listMock([]), filtered] });

    await screen.findByText('Er zijn nog geen dossiers in uw regio.');
    await user.type(screen.getByLabelText('Naam of kandidaatnummer'), 'Inwoner');
    await user.selectOptions(await screen.findByLabelText('Gemeente'), 'Huizen');
    await user.selectOptions(screen.getByLabelText('Toestemming'), 'Gegeven');
    await user.selectOptions(screen.getByLabelText('In het doelgroepregister'), 'Ja');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));

    expect(await screen.findByRole('link', { name: 'Gevonden Inwoner' })).toBeInTheDocument();
    expect(location().search).toBe(
      '?zoek=Inwoner&gemeente=GM0406&toestemming=GRANTED&doelgroepregister=ja',
    );
  });

  it('lists the files to follow up, selected by the API, under a tab with their count', async () => {
    const user = userEvent.setup();
    const stale = listMock(
      [
        buildJobSeeker({
          firstName: 'Oud',
          lastName: 'Dossier',
          availabilityConfirmedAt: staleDate,
        }),
        buildJobSeeker({
          firstName: 'Nooit',
          lastName: 'Bevestigd',
          availabilityConfirmedAt: null,
        }),
      ],
      { ...NO_FILTERS, availabilityStale: true },
    );
    const { location } = renderList({ followUp: 2, mocks: [listMock([]), stale] });

    const tab = await screen.findByRole('link', { name: 'Opvolgen (2)' });
    expect(screen.getByRole('link', { name: 'Alle dossiers' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await user.click(tab);

    expect(await screen.findByRole('link', { name: 'Oud Dossier' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nooit Bevestigd' })).toBeInTheDocument();
    expect(
      screen.getByText(
        '2 dossiers om op te volgen: beschikbaarheid langer dan 90 dagen niet bevestigd.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Opvolgen (2)' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(location().search).toBe('?beschikbaarheid=verlopen');
  });

  it('says so when there is nothing to follow up', async () => {
    renderList({
      path: '/inwoners?beschikbaarheid=verlopen',
      mocks: [listMock([], { ...NO_FILTERS, availabilityStale: true })],
    });

    expect(
      await screen.findByText(
        'Er zijn geen dossiers om op te volgen: van alle inwoners is de beschikbaarheid bevestigd.',
      ),
    ).toBeInTheDocument();
  });

  it('loads more files on request', async () => {
    const user = userEvent.setup();
    const firstPage: MockLink.MockedResponse = {
      request: { query: JobSeekerListPageQuery, variables: NO_FILTERS },
      result: {
        data: {
          jobSeekers: connection(
            'JobSeekerConnection',
            [buildJobSeeker({ firstName: 'Eerste', lastName: 'Pagina' })],
            {
              hasNextPage: true,
              endCursor: 'c1',
              totalCount: 2,
            },
          ),
        },
      },
    };
    const secondPage: MockLink.MockedResponse = {
      request: { query: JobSeekerListPageQuery, variables: { ...NO_FILTERS, after: 'c1' } },
      result: {
        data: {
          jobSeekers: connection(
            'JobSeekerConnection',
            [buildJobSeeker({ firstName: 'Tweede', lastName: 'Pagina' })],
            {
              totalCount: 2,
            },
          ),
        },
      },
    };
    renderList({ mocks: [firstPage, secondPage] });

    await user.click(await screen.findByRole('button', { name: 'Meer dossiers laden' }));

    expect(await screen.findByRole('link', { name: 'Tweede Pagina' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Eerste Pagina' })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Meer dossiers laden' })).not.toBeInTheDocument(),
    );
  });

  it('shows the API message when a filter is refused', async () => {
    const refusal = new GraphQLError('Kies een competentie om op niveau te filteren.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
    renderList({
      mocks: [
        {
          request: { query: JobSeekerListPageQuery, variables: NO_FILTERS },
          result: { errors: [refusal.toJSON()] },
        },
      ],
    });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Kies een competentie om op niveau te filteren.',
    );
  });
});
