import { useQuery } from '@apollo/client/react';
import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { CONTRACT_TYPE_LABELS, EMPLOYER_SECTOR_LABELS } from '@werkbrug/domain-rules';
import { LoadError, LoadingState, usePageTitle } from '@werkbrug/ui';
import { useParams } from 'react-router';
import { graphql } from '../../gql/index.js';
import type { EmployerPageQuery as EmployerPageData } from '../../gql/graphql.js';
import { useHasRole } from '../../app/RequireRole.js';
import { Facts } from '../../modules/common/components/Facts.js';
import { LoadingPage, QueryErrorPage } from '../../modules/common/components/PageStates.js';
import { formatDate } from '../../modules/common/dates.js';
import { formatHours } from '../../modules/common/format.js';
import { AgreementsSection } from '../../modules/employer/components/AgreementsSection.js';
import { ContactMomentsSection } from '../../modules/employer/components/ContactMomentsSection.js';
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
    placements(employerId: $id, first: 100) {
      totalCount
      nodes {
        id
        active
        contractType
        hoursPerWeek
        startDate
        endDate
        jobSeeker {
          id
          candidateLabel
        }
        vacancy {
          id
          title
        }
      }
    }
  }
`);

/** The account managers' internal notes; never asked for consultants, whom the API refuses them. */
export const EmployerPageCrmQuery = graphql(`
  query EmployerPageCrm($id: ID!) {
    employer(id: $id) {
      id
      ...ContactMomentsSection_employer
      ...AgreementsSection_employer
    }
  }
`);

const TITLE = 'Werkgever';

type Data = EmployerPageData;

function Crm({ employerId }: { employerId: string }) {
  const { data, error, refetch } = useQuery(EmployerPageCrmQuery, {
    variables: { id: employerId },
  });
  if (data)
    return (
      <>
        <ContactMomentsSection employer={data.employer} onChanged={() => refetch()} />
        <AgreementsSection employer={data.employer} onChanged={() => refetch()} />
      </>
    );
  return (
    <section aria-labelledby="relatiebeheer">
      <Heading level={2} id="relatiebeheer">
        Contactmomenten en afspraken
      </Heading>
      {error ? <LoadError error={error} onRetry={() => refetch()} /> : <LoadingState />}
    </section>
  );
}

function Placements({ placements }: { placements: Data['placements'] }) {
  return (
    <section aria-labelledby="plaatsingen">
      <Heading level={2} id="plaatsingen">
        Plaatsingen
      </Heading>
      {placements.nodes.length === 0 ? (
        <Paragraph>Er zijn geen plaatsingen bij deze werkgever.</Paragraph>
      ) : (
        <Table className="werkbrug-table">
          <TableCaption>{`Plaatsingen bij deze werkgever (${placements.totalCount})`}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Kandidaat</TableHeaderCell>
              <TableHeaderCell scope="col">Functie</TableHeaderCell>
              <TableHeaderCell scope="col">Contract</TableHeaderCell>
              <TableHeaderCell scope="col">Uren per week</TableHeaderCell>
              <TableHeaderCell scope="col">Periode</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {placements.nodes.map((placement) => (
              <TableRow key={placement.id}>
                <TableCell>{placement.jobSeeker.candidateLabel}</TableCell>
                <TableCell>{placement.vacancy?.title ?? '-'}</TableCell>
                <TableCell>{CONTRACT_TYPE_LABELS[placement.contractType]}</TableCell>
                <TableCell>{formatHours(placement.hoursPerWeek)}</TableCell>
                <TableCell>
                  {formatDate(placement.startDate)}
                  {placement.endDate ? ` tot en met ${formatDate(placement.endDate)}` : ''}
                  {placement.active ? ' (lopend)' : ' (beëindigd)'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

function Loaded({
  employer,
  vacancies,
  placements,
}: {
  employer: Data['employer'];
  vacancies: Data['vacancies'];
  placements: Data['placements'];
}) {
  usePageTitle(`${employer.name} - ${TITLE}`);
  const keepsCrm = useHasRole('ACCOUNT_MANAGER', 'ADMIN');
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

      <Placements placements={placements} />
      {keepsCrm && <Crm employerId={employer.id} />}
    </>
  );
}

/** One employer: its facts, locations, contacts, account manager and vacancies. */
export function EmployerPage() {
  const { employerId = '' } = useParams();
  const { data, error, refetch } = useQuery(EmployerPageQuery, { variables: { id: employerId } });

  if (data)
    return (
      <Loaded employer={data.employer} vacancies={data.vacancies} placements={data.placements} />
    );
  if (error) return <QueryErrorPage title={TITLE} error={error} onRetry={() => refetch()} />;
  return <LoadingPage title={TITLE} />;
}
