import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { EMPLOYER_SECTOR_LABELS } from '@werkbrug/domain-rules';
import { usePageTitle } from '@werkbrug/ui';
import { useParams } from 'react-router';
import { graphql } from '../../gql/index.js';
import type { EmployerPageQuery as EmployerPageData } from '../../gql/graphql.js';
import { Facts } from '../../modules/common/components/Facts.js';
import { LoadingPage, QueryErrorPage } from '../../modules/common/components/PageStates.js';
import { VacancyTable } from '../../modules/vacancy/components/VacancyTable.js';

export const EmployerPageQuery = graphql(`
  query EmployerPage($id: ID!) {
    employer(id: $id) {
      id
      name
      kvkNumber
      sector
      sbiCode
      regionCode
      archivedAt
      accountManager {
        id
        displayName
        email
      }
      locations {
        id
        name
        street
        postcode
        city
      }
      contacts {
        id
        name
        jobTitle
        email
        phone
      }
    }
    vacancies(employerId: $id, first: 100) {
      totalCount
      nodes {
        ...VacancyTable_vacancy
      }
    }
  }
`);

const TITLE = 'Werkgever';

type Data = EmployerPageData;

function Loaded({
  employer,
  vacancies,
}: {
  employer: Data['employer'];
  vacancies: Data['vacancies'];
}) {
  usePageTitle(`${employer.name} - ${TITLE}`);
  return (
    <>
      <Heading level={1}>{employer.name}</Heading>
      <Facts
        facts={[
          { label: 'KvK-nummer', value: employer.kvkNumber },
          { label: 'Sector', value: EMPLOYER_SECTOR_LABELS[employer.sector] },
          ...(employer.sbiCode ? [{ label: 'SBI-code', value: employer.sbiCode }] : []),
          {
            label: 'Accountmanager',
            value: employer.accountManager
              ? `${employer.accountManager.displayName} (${employer.accountManager.email})`
              : 'Niemand toegewezen',
          },
        ]}
      />

      <section aria-labelledby="vestigingen">
        <Heading level={2} id="vestigingen">
          Vestigingen
        </Heading>
        {employer.locations.length === 0 ? (
          <Paragraph>Er zijn geen vestigingen vastgelegd.</Paragraph>
        ) : (
          <div className="werkbrug-columns">
            {employer.locations.map((location) => (
              <section key={location.id} aria-label={location.name}>
                <Heading level={3}>{location.name}</Heading>
                <Paragraph>
                  {location.street && (
                    <>
                      {location.street}
                      <br />
                    </>
                  )}
                  {location.postcode} {location.city}
                </Paragraph>
              </section>
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="contactpersonen">
        <Heading level={2} id="contactpersonen">
          Contactpersonen
        </Heading>
        {employer.contacts.length === 0 ? (
          <Paragraph>Er zijn geen contactpersonen vastgelegd.</Paragraph>
        ) : (
          <div className="werkbrug-columns">
            {employer.contacts.map((contact) => (
              <section key={contact.id} aria-label={contact.name}>
                <Heading level={3}>{contact.name}</Heading>
                <Facts
                  facts={[
                    ...(contact.jobTitle ? [{ label: 'Functie', value: contact.jobTitle }] : []),
                    { label: 'E-mailadres', value: contact.email ?? 'Niet bekend' },
                    { label: 'Telefoonnummer', value: contact.phone ?? 'Niet bekend' },
                  ]}
                />
              </section>
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="vacatures">
        <Heading level={2} id="vacatures">
          Vacatures
        </Heading>
        {vacancies.nodes.length === 0 ? (
          <Paragraph>Deze werkgever heeft geen vacatures.</Paragraph>
        ) : (
          <VacancyTable
            caption={`Vacatures van ${employer.name} (${vacancies.totalCount})`}
            vacancies={vacancies.nodes}
            showEmployer={false}
          />
        )}
      </section>
    </>
  );
}

/** One employer: its facts, locations, contacts, account manager and vacancies. */
export function EmployerPage() {
  const { employerId = '' } = useParams();
  const { data, error, refetch } = useQuery(EmployerPageQuery, { variables: { id: employerId } });

  if (data) return <Loaded employer={data.employer} vacancies={data.vacancies} />;
  if (error) return <QueryErrorPage title={TITLE} error={error} onRetry={() => refetch()} />;
  return <LoadingPage title={TITLE} />;
}
