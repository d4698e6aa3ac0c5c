import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { todayIso } from '../../modules/common/dates.js';
import { AddEmployerContactMomentMutation } from '../../modules/employer/components/ContactMomentsSection.js';
import { UpdateEmployerAgreementMutation } from '../../modules/employer/components/AgreementsSection.js';
import { buildEmployer, buildVacancy, connection } from '../../test-builders.js';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import { EmployerPage, EmployerPageCrmQuery, EmployerPageQuery } from './EmployerPage.js';

const accountManager = buildViewer({ roles: ['ACCOUNT_MANAGER'] });
const consultant = buildViewer({ roles: ['CONSULTANT'] });

function buildPlacement(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Placement' as const,
    id: 'plaatsing-1',
    active: true,
    contractType: 'FIXED_TERM' as const,
    hoursPerWeek: 24,
    startDate: '2026-09-01',
    endDate: null,
    jobSeeker: {
      __typename: 'PlacementJobSeeker' as const,
      id: 'inwoner-9',
      candidateLabel: 'Kandidaat 4711',
    },
    vacancy: { __typename: 'PlacementVacancy' as const, id: 'vacature-9', title: 'Hovenier' },
    ...overrides,
  };
}

function pageMock(
  employer: ReturnType<typeof buildEmployer>,
  vacancies: ReturnType<typeof buildVacancy>[] = [],
  placements: ReturnType<typeof buildPlacement>[] = [],
): MockLink.MockedResponse {
  return {
    request: { query: EmployerPageQuery, variables: { id: employer.id } },
    result: {
      data: {
        employer,
        vacancies: connection('VacancyConnection', vacancies),
        placements: connection('PlacementConnection', placements),
      },
    },
  };
}

const moment = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'EmployerContactMoment' as const,
  id: 'moment-1',
  contactedOn: '2026-11-02',
  channel: 'VISIT' as const,
  subject: 'Kennismaking',
  note: 'Wil twee garantiebanen.',
  recordedBy: 'Sanne Vermeulen',
  ...overrides,
});

const agreement = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'EmployerAgreement' as const,
  id: 'afspraak-1',
  kind: 'GARANTIEBANEN' as const,
  description: 'Vijf garantiebanen',
  places: 5,
  validFrom: '2026-01-01',
  validTo: '2027-12-31',
  status: 'ACTIVE' as const,
  recordedBy: 'Sanne Vermeulen',
  ...overrides,
});

function crmMock(
  employerId: string,
  contactMoments: ReturnType<typeof moment>[] = [],
  agreements: ReturnType<typeof agreement>[] = [],
): MockLink.MockedResponse {
  return {
    request: { query: EmployerPageCrmQuery, variables: { id: employerId } },
    result: {
      data: { employer: { __typename: 'Employer', id: employerId, contactMoments, agreements } },
    },
  };
}

describe(EmployerPage.name, () => {
  it('shows the employer with locations, contacts, account manager and vacancies', async () => {
    const employer = buildEmployer({ name: 'Groenbedrijf Gooi B.V.' });
    const vacancy = buildVacancy({ title: 'Hovenier' });
    renderPortal({
      path: `/werkgevers/${employer.id}`,
      mocks: [
        sessionMock(accountManager),
        pageMock(employer, [vacancy], [buildPlacement()]),
        crmMock(employer.id, [moment()], [agreement()]),
      ],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Groenbedrijf Gooi B.V.' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Groenbedrijf Gooi B.V. - Werkgever - Werkbrug WSP-portaal');
    expect(screen.getByText('Sanne Vermeulen (am.gooi@demo.werkbrug.nl)')).toBeInTheDocument();
    const locations = screen.getByRole('region', { name: 'Vestigingen' });
    expect(within(locations).getByText(/1211 EX Hilversum/)).toBeInTheDocument();
    const contacts = screen.getByRole('region', { name: 'Contactpersonen' });
    expect(within(contacts).getByText('Marieke Groen')).toBeInTheDocument();
    expect(within(contacts).getByText('HR-adviseur')).toBeInTheDocument();
    const vacancies = screen.getByRole('region', { name: 'Vacatures' });
    expect(within(vacancies).getByRole('link', { name: 'Hovenier' })).toHaveAttribute(
      'href',
      `/vacatures/${vacancy.id}`,
    );
    expect(within(vacancies).getByText('Garantiebaan')).toBeInTheDocument();
    const placements = screen.getByRole('region', { name: 'Plaatsingen' });
    expect(within(placements).getByText('Kandidaat 4711')).toBeInTheDocument();
    const moments = await screen.findByRole('region', { name: 'Contactmomenten' });
    expect(within(moments).getByText('Kennismaking')).toBeInTheDocument();
    expect(within(moments).getByText('Bezoek')).toBeInTheDocument();
    const agreements = screen.getByRole('region', { name: 'Afspraken' });
    expect(within(agreements).getByText('Vijf garantiebanen')).toBeInTheDocument();
  });

  it('shows a consultant no internal notes and does not ask the API for them', async () => {
    const employer = buildEmployer({ name: 'Zorg Gooi' });
    renderPortal({
      path: `/werkgevers/${employer.id}`,
      mocks: [sessionMock(consultant), pageMock(employer)],
    });

    await screen.findByRole('heading', { level: 1, name: 'Zorg Gooi' });
    expect(screen.queryByRole('region', { name: 'Contactmomenten' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Contactmoment toevoegen' }),
    ).not.toBeInTheDocument();
  });

  it('adds a contact moment and shows it in the list', async () => {
    const employer = buildEmployer();
    const today = todayIso();
    const added = moment({
      id: 'moment-2',
      contactedOn: today,
      channel: 'PHONE',
      subject: 'Terugbellen',
      note: '',
    });
    const user = userEvent.setup();
    renderPortal({
      path: `/werkgevers/${employer.id}`,
      mocks: [
        sessionMock(accountManager),
        pageMock(employer),
        crmMock(employer.id),
        {
          request: {
            query: AddEmployerContactMomentMutation,
            variables: {
              employerId: employer.id,
              input: { contactedOn: today, channel: 'PHONE', subject: 'Terugbellen', note: null },
            },
          },
          result: { data: { addEmployerContactMoment: added } },
        },
        crmMock(employer.id, [added]),
      ],
    });

    const moments = await screen.findByRole('region', { name: 'Contactmomenten' });
    expect(
      within(moments).getByText('Er zijn nog geen contactmomenten vastgelegd.'),
    ).toBeInTheDocument();
    await user.click(within(moments).getByRole('button', { name: 'Contactmoment toevoegen' }));
    await user.selectOptions(within(moments).getByLabelText('Hoe was het contact?'), 'Telefoon');
    await user.type(within(moments).getByLabelText('Onderwerp'), 'Terugbellen');
    await user.click(within(moments).getByRole('button', { name: 'Contactmoment opslaan' }));

    expect(
      await within(moments).findByText('Het contactmoment is vastgelegd.'),
    ).toBeInTheDocument();
    expect(within(moments).getByRole('cell', { name: 'Terugbellen' })).toBeInTheDocument();
  });

  it('keeps what was typed and shows the field error when a contact moment is refused', async () => {
    const employer = buildEmployer();
    const user = userEvent.setup();
    renderPortal({
      path: `/werkgevers/${employer.id}`,
      mocks: [sessionMock(accountManager), pageMock(employer), crmMock(employer.id)],
    });

    const moments = await screen.findByRole('region', { name: 'Contactmomenten' });
    await user.click(within(moments).getByRole('button', { name: 'Contactmoment toevoegen' }));
    await user.type(within(moments).getByLabelText('Onderwerp'), 'Bezoek gepland');
    await user.click(within(moments).getByRole('button', { name: 'Contactmoment opslaan' }));

    const channel = within(moments).getByLabelText('Hoe was het contact?');
    expect(channel).toHaveFocus();
    expect(channel).toHaveAccessibleDescription('Kies hoe het contact was.');
    expect(within(moments).getByLabelText('Onderwerp')).toHaveValue('Bezoek gepland');
  });

  it('changes an agreement and shows the API field error at the field', async () => {
    const employer = buildEmployer();
    const refusal = new GraphQLError('De invoer is niet geldig.', {
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'input.validTo', message: 'De einddatum mag niet voor de begindatum liggen.' },
        ],
      },
    });
    const user = userEvent.setup();
    renderPortal({
      path: `/werkgevers/${employer.id}`,
      mocks: [
        sessionMock(accountManager),
        pageMock(employer),
        crmMock(employer.id, [], [agreement()]),
        {
          request: {
            query: UpdateEmployerAgreementMutation,
            variables: {
              id: 'afspraak-1',
              input: {
                kind: 'GARANTIEBANEN',
                description: 'Vijf garantiebanen',
                places: 6,
                validFrom: '2026-01-01',
                validTo: '2027-12-31',
                status: 'ACTIVE',
              },
            },
          },
          result: { errors: [refusal.toJSON()] },
        },
      ],
    });

    const agreements = await screen.findByRole('region', { name: 'Afspraken' });
    await user.click(within(agreements).getByRole('button', { name: /^Wijzigen: Garantiebanen/ }));
    const places = within(agreements).getByLabelText('Aantal plaatsen (niet verplicht)');
    expect(places).toHaveValue('5');
    await user.clear(places);
    await user.type(places, '6');
    await user.click(within(agreements).getByRole('button', { name: 'Afspraak opslaan' }));

    const until = within(agreements).getByLabelText('Geldig tot en met (niet verplicht)');
    expect(
      await within(agreements).findByText('Het formulier is niet goed ingevuld.'),
    ).toBeInTheDocument();
    expect(until).toHaveAccessibleDescription(/De einddatum mag niet voor de begindatum liggen\./);
    expect(places).toHaveValue('6');
  });

  it('says so when there are no vacancies', async () => {
    const employer = buildEmployer();
    renderPortal({
      path: `/werkgevers/${employer.id}`,
      mocks: [sessionMock(accountManager), pageMock(employer), crmMock(employer.id)],
    });

    expect(await screen.findByText('Deze werkgever heeft geen vacatures.')).toBeInTheDocument();
    expect(screen.getByText('Er zijn geen plaatsingen bij deze werkgever.')).toBeInTheDocument();
  });

  it('shows "Geen toegang" for an employer of another region', async () => {
    const refusal = new GraphQLError('U heeft geen toegang tot deze gegevens.', {
      extensions: { code: 'FORBIDDEN' },
    });
    renderPortal({
      path: '/werkgevers/elders',
      mocks: [
        sessionMock(accountManager),
        {
          request: { query: EmployerPageQuery, variables: { id: 'elders' } },
          result: { errors: [refusal.toJSON()] },
        },
      ],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Geen toegang' }),
    ).toBeInTheDocument();
  });
});
