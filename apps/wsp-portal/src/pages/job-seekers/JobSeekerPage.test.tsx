import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { defaultConsentExpiry } from '@werkbrug/domain-rules';
import { GraphQLError } from 'graphql';
import { BenefitExitPanelQuery } from '../../modules/job-seeker/components/BenefitExitPanel.js';
import { RecordJobSeekerConsentMutation } from '../../modules/job-seeker/components/ConsentPanel.js';
import { addDaysIso, todayIso } from '../../modules/common/dates.js';
import {
  buildConsentChange,
  buildIntroduction,
  buildJobSeeker,
  buildJobSeekerCompetence,
  connection,
} from '../../test-builders.js';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import { JobSeekerPage, JobSeekerPageQuery } from './JobSeekerPage.js';

const consultant = buildViewer({ roles: ['CONSULTANT'] });
const accountManager = buildViewer({ roles: ['ACCOUNT_MANAGER'] });

function fileMock(
  jobSeeker: ReturnType<typeof buildJobSeeker>,
  introductions: ReturnType<typeof buildIntroduction>[] = [],
): MockLink.MockedResponse {
  return {
    request: { query: JobSeekerPageQuery, variables: { id: jobSeeker.id } },
    result: {
      data: { jobSeeker, introductions: connection('IntroductionConnection', introductions) },
    },
  };
}

/** The exits-from-benefit section loads on its own; none recorded. */
function benefitExitsMock(jobSeeker: ReturnType<typeof buildJobSeeker>): MockLink.MockedResponse {
  return {
    request: { query: BenefitExitPanelQuery, variables: { jobSeekerId: jobSeeker.id } },
    result: {
      data: { benefitExits: [], placements: connection('PlacementConnection', []) },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

function renderFile(
  jobSeeker: ReturnType<typeof buildJobSeeker>,
  { viewer = consultant, mocks = [] as MockLink.MockedResponse[] } = {},
) {
  return renderPortal({
    path: `/inwoners/${jobSeeker.id}`,
    mocks: [sessionMock(viewer), fileMock(jobSeeker), benefitExitsMock(jobSeeker), ...mocks],
  });
}

function section(name: string) {
  return screen.getByRole('region', { name });
}

describe(JobSeekerPage.name, () => {
  it('says it is loading under a general h1', async () => {
    const jobSeeker = buildJobSeeker();
    renderPortal({
      path: `/inwoners/${jobSeeker.id}`,
      mocks: [sessionMock(consultant), { ...fileMock(jobSeeker), delay: 10_000 }],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Dossier' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Bezig met laden…');
  });

  it('names the job-seeker in the one h1 and the page title', async () => {
    renderFile(buildJobSeeker({ firstName: 'Fatma', lastName: 'Yilmaz' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Fatma Yilmaz' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.title).toBe('Fatma Yilmaz - Dossier - Werkbrug WSP-portaal');
  });

  it('shows the whole profile with the BSN masked', async () => {
    renderFile(
      buildJobSeeker({
        bsnMasked: '*******82',
        participationStep: 4,
        earningCapacityPercent: 60,
        loonwaardePercent: 55,
        clientProfile: 2,
        doelgroepregister: true,
        statushouder: true,
        sectorPreferences: ['GREEN', 'HOSPITALITY'],
        hoursAvailable: 24,
        maxTravelKm: 15,
        transportModes: ['BICYCLE', 'PUBLIC_TRANSPORT'],
      }),
    );

    await screen.findByRole('heading', { level: 1, name: /^Jan / });
    const person = section('Persoonsgegevens');
    expect(within(person).getByText('*******82')).toBeInTheDocument();
    const profile = section('Participatie en verdiencapaciteit');
    expect(within(profile).getByText(/^Trede 4: Onbetaald werk\./)).toBeInTheDocument();
    expect(
      within(profile).getByText(
        '60 % van het minimumloon: Regulier werk met ondersteuning (50-80 %)',
      ),
    ).toBeInTheDocument();
    expect(within(profile).getByText('55 %')).toBeInTheDocument();
    expect(
      within(profile).getByText('Profiel 2: betaald werk binnen 12 maanden'),
    ).toBeInTheDocument();
    expect(within(profile).getByText('Doelgroepregister, Statushouder')).toBeInTheDocument();
    expect(within(profile).getByText('Groen, Horeca')).toBeInTheDocument();
    const availability = section('Beschikbaarheid en reizen');
    expect(within(availability).getByText('24 uur')).toBeInTheDocument();
    expect(within(availability).getByText('Tot 15 km')).toBeInTheDocument();
    expect(within(availability).getByText('Fiets, Openbaar vervoer')).toBeInTheDocument();
  });

  it('leaves out the BSN row when the API gives none', async () => {
    renderFile(buildJobSeeker({ bsnMasked: null }), { viewer: accountManager });

    await screen.findByRole('heading', { level: 1, name: /^Jan / });
    expect(within(section('Persoonsgegevens')).queryByText('BSN')).not.toBeInTheDocument();
  });

  it('shows work limitations only when the API returns them', async () => {
    renderFile(buildJobSeeker({ workLimitations: 'Kan niet lang staan.' }));

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Arbeidsbeperkingen' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Kan niet lang staan.')).toBeInTheDocument();
  });

  it('has no work limitations section when the API withholds them', async () => {
    renderFile(buildJobSeeker({ workLimitations: null }));

    await screen.findByRole('heading', { level: 1, name: /^Jan / });
    expect(screen.queryByRole('heading', { name: 'Arbeidsbeperkingen' })).not.toBeInTheDocument();
  });

  it('shows the competence profile as bars with their level in text', async () => {
    renderFile(
      buildJobSeeker({
        competences: [
          buildJobSeekerCompetence('WA_PUNCTUALITY', 'Op tijd komen', 'WORK_ATTITUDE', 4),
          buildJobSeekerCompetence('PHY_LIFTING', 'Tillen', 'PHYSICAL', 2),
        ],
      }),
    );

    await screen.findByRole('heading', { level: 1, name: /^Jan / });
    const competences = section('Competenties');
    expect(
      within(competences).getByRole('heading', { level: 3, name: 'Werkhouding' }),
    ).toBeInTheDocument();
    expect(within(competences).getByText('Op tijd komen').closest('li')).toHaveTextContent(
      'Op tijd komenniveau 4 van 5',
    );
  });

  it('warns when the availability is out of date', async () => {
    renderFile(buildJobSeeker({ availabilityConfirmedAt: addDaysIso(todayIso(), -91) }));

    await screen.findByRole('heading', { level: 1, name: /^Jan / });
    expect(
      within(section('Beschikbaarheid en reizen')).getByText(/langer dan 90 dagen niet bevestigd/),
    ).toBeInTheDocument();
  });

  it('offers a consultant the competence scan and the profile form', async () => {
    const jobSeeker = buildJobSeeker();
    renderFile(jobSeeker);

    expect(await screen.findByRole('link', { name: 'Competentiescan bewerken' })).toHaveAttribute(
      'href',
      `/inwoners/${jobSeeker.id}/competentiescan`,
    );
    expect(screen.getByRole('link', { name: 'Profiel bewerken' })).toHaveAttribute(
      'href',
      `/inwoners/${jobSeeker.id}/profiel`,
    );
  });

  it('lets an account manager read the file but not change it', async () => {
    renderFile(buildJobSeeker({ consentStatus: 'NOT_ASKED' }), { viewer: accountManager });

    await screen.findByRole('heading', { level: 1, name: /^Jan / });
    expect(
      screen.queryByRole('link', { name: 'Competentiescan bewerken' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Toestemming vastleggen' }),
    ).not.toBeInTheDocument();
  });

  it('records consent with the day, how it was given and until when', async () => {
    const jobSeeker = buildJobSeeker({
      consentStatus: 'NOT_ASKED',
      consentUpdatedAt: null,
      consentEffectiveOn: null,
      consentMethod: null,
      consentExpiresOn: null,
      consentRecordedBy: null,
    });
    const today = todayIso();
    const expiresOn = defaultConsentExpiry(today);
    const record: MockLink.MockedResponse = {
      request: {
        query: RecordJobSeekerConsentMutation,
        variables: {
          id: jobSeeker.id,
          status: 'GRANTED',
          method: 'IN_WRITING',
          effectiveOn: today,
          expiresOn,
        },
      },
      result: {
        data: {
          recordJobSeekerConsent: {
            ...jobSeeker,
            consentStatus: 'GRANTED',
            consentUpdatedAt: '2026-11-23T09:00:00.000Z',
            consentEffectiveOn: today,
            consentMethod: 'IN_WRITING',
            consentExpiresOn: expiresOn,
            consentRecordedBy: 'Yasmina El Amrani',
            consentHistory: [
              buildConsentChange({ method: 'IN_WRITING', effectiveOn: today, expiresOn }),
            ],
          },
        },
      },
    };
    const user = userEvent.setup();
    renderFile(jobSeeker, { mocks: [record] });

    await user.click(await screen.findByRole('button', { name: 'Toestemming vastleggen' }));
    expect(screen.getByLabelText(/^Datum waarop de inwoner toestemming gaf/)).toHaveValue(today);
    await user.click(screen.getByRole('radio', { name: 'Schriftelijk' }));
    await user.click(screen.getByRole('button', { name: 'Toestemming opslaan' }));

    const consent = section('Toestemming');
    expect(await within(consent).findByText(/^De toestemming is vastgelegd/)).toBeInTheDocument();
    expect(within(consent).getByText('Schriftelijk')).toBeInTheDocument();
    expect(
      within(consent).getByRole('list', { name: 'Geschiedenis van de toestemming' }),
    ).toHaveTextContent(/Gegeven op .* \(schriftelijk\), geldig tot/);
    expect(
      within(consent).getByRole('button', { name: 'Toestemming intrekken' }),
    ).toBeInTheDocument();
  });

  it('withdraws consent after asking, and keeps it when the API refuses', async () => {
    const jobSeeker = buildJobSeeker({ consentStatus: 'GRANTED' });
    const refusal = new GraphQLError(
      'Dit dossier is gearchiveerd en kan niet meer worden gewijzigd.',
      {
        extensions: { code: 'CONFLICT' },
      },
    );
    const withdraw: MockLink.MockedResponse = {
      request: {
        query: RecordJobSeekerConsentMutation,
        variables: { id: jobSeeker.id, status: 'WITHDRAWN' },
      },
      result: { errors: [refusal.toJSON()] },
    };
    const user = userEvent.setup();
    renderFile(jobSeeker, { mocks: [withdraw] });

    await user.click(await screen.findByRole('button', { name: 'Toestemming intrekken' }));
    expect(screen.getByText(/meteen niet meer voorgesteld/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ja, toestemming intrekken' }));

    const consent = section('Toestemming');
    expect(await within(consent).findByRole('alert')).toHaveTextContent(
      'Dit dossier is gearchiveerd en kan niet meer worden gewijzigd.',
    );
    expect(within(consent).getByText('Gegeven')).toBeInTheDocument();
  });

  it('warns that an expired consent counts as not given', async () => {
    renderFile(buildJobSeeker({ consentExpired: true, consentExpiresOn: '2026-10-01' }));

    const consent = await screen.findByRole('region', { name: 'Toestemming' });
    expect(
      within(consent).getByText(/De toestemming is verlopen op 1 oktober 2026/),
    ).toBeInTheDocument();
    expect(within(consent).getByText('Verlopen')).toBeInTheDocument();
    expect(
      within(consent).getByRole('button', { name: 'Toestemming vastleggen' }),
    ).toBeInTheDocument();
  });

  it('can cancel recording consent', async () => {
    const user = userEvent.setup();
    renderFile(buildJobSeeker({ consentStatus: 'WITHDRAWN' }));

    await user.click(await screen.findByRole('button', { name: 'Toestemming vastleggen' }));
    await user.click(screen.getByRole('button', { name: 'Annuleren' }));

    expect(screen.getByRole('button', { name: 'Toestemming vastleggen' })).toHaveFocus();
  });

  it('shows "Geen toegang" for a file of another region', async () => {
    const refusal = new GraphQLError('U heeft geen toegang tot deze gegevens.', {
      extensions: { code: 'FORBIDDEN' },
    });
    renderPortal({
      path: '/inwoners/elders',
      mocks: [
        sessionMock(accountManager),
        {
          request: { query: JobSeekerPageQuery, variables: { id: 'elders' } },
          result: { errors: [refusal.toJSON()] },
        },
      ],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Geen toegang' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/U heeft geen toegang tot dit dossier/)).toBeInTheDocument();
    expect(document.title).toBe('Geen toegang - Werkbrug WSP-portaal');
  });

  it('shows "Pagina niet gevonden" for an unknown file', async () => {
    const notFound = new GraphQLError('Dit dossier is niet gevonden.', {
      extensions: { code: 'NOT_FOUND' },
    });
    renderPortal({
      path: '/inwoners/onbekend',
      mocks: [
        sessionMock(consultant),
        {
          request: { query: JobSeekerPageQuery, variables: { id: 'onbekend' } },
          result: { errors: [notFound.toJSON()] },
        },
      ],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' }),
    ).toBeInTheDocument();
  });

  it('refuses the page to a board member', async () => {
    renderPortal({
      path: '/inwoners/1',
      mocks: [sessionMock(buildViewer({ roles: ['BOARD_MEMBER'] }))],
    });

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Geen toegang');
  });
});
