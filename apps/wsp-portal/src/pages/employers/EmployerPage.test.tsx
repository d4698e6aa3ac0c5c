import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { buildEmployer, buildVacancy, connection } from '../../test-builders.js';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import { EmployerPage, EmployerPageQuery } from './EmployerPage.js';

const accountManager = buildViewer({ roles: ['ACCOUNT_MANAGER'] });

function pageMock(
  employer: ReturnType<typeof buildEmployer>,
  vacancies: ReturnType<typeof buildVacancy>[] = [],
): MockLink.MockedResponse {
  return {
    request: { query: EmployerPageQuery, variables: { id: employer.id } },
    result: { data: { employer, vacancies: connection('VacancyConnection', vacancies) } },
  };
}

describe(EmployerPage.name, () => {
  it('shows the employer with locations, contacts, account manager and vacancies', async () => {
    const employer = buildEmployer({ name: 'Groenbedrijf Gooi B.V.' });
    const vacancy = buildVacancy({ title: 'Hovenier' });
    renderPortal({
      path: `/werkgevers/${employer.id}`,
      mocks: [sessionMock(accountManager), pageMock(employer, [vacancy])],
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
  });

  it('says so when there are no vacancies', async () => {
    const employer = buildEmployer();
    renderPortal({
      path: `/werkgevers/${employer.id}`,
      mocks: [sessionMock(accountManager), pageMock(employer)],
    });

    expect(await screen.findByText('Deze werkgever heeft geen vacatures.')).toBeInTheDocument();
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
