import { useQuery } from '@apollo/client/react';
import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Link,
  Paragraph,
} from '@utrecht/component-library-react';
import {
  LoadError,
  LoadingState,
  RouterButtonLink,
  RouterLink,
  usePageTitle,
  useViewer,
} from '@werkbrug/ui';
import { graphql } from '../../gql/index.js';
import type { StartPageQuery as StartPageData } from '../../gql/graphql.js';
import { IntroductionTable } from '../../modules/introduction/components/IntroductionTable.js';
import { isPendingIntroduction } from '../../modules/introduction/pending.js';
import { useEmployerId } from '../../modules/session/hooks/useEmployerId.js';
import { VacancyTable } from '../../modules/vacancy/components/VacancyTable.js';

export const StartPageQuery = graphql(`
  query StartPage($employerId: ID!) {
    employer(id: $employerId) {
      id
      name
      accountManager {
        id
        displayName
        email
      }
    }
    openVacancies: vacancies(employerId: $employerId, status: OPEN, first: 10) {
      totalCount
      nodes {
        ...VacancyTable_vacancy
      }
    }
    employerIntroductions(first: 100) {
      nodes {
        ...IntroductionTable_introduction
      }
    }
    proposedJobCarving: jobCarvingRequests(employerId: $employerId, status: PROPOSED, first: 5) {
      nodes {
        id
        department
      }
    }
  }
`);

function AccountManager({ employer }: { employer: StartPageData['employer'] }) {
  const manager = employer.accountManager;
  return (
    <section aria-labelledby="accountmanager">
      <Heading level={2} id="accountmanager">
        Uw accountmanager
      </Heading>
      {manager ? (
        <>
          <Paragraph>
            {manager.displayName} van het werkgeversservicepunt is uw vaste aanspreekpunt voor
            vacatures, kandidaten en jobcarving.
          </Paragraph>
          <Paragraph>
            E-mail: <Link href={`mailto:${manager.email}`}>{manager.email}</Link>
          </Paragraph>
        </>
      ) : (
        <Paragraph>
          Er is nog geen accountmanager aan {employer.name} gekoppeld. Het werkgeversservicepunt van
          uw regio neemt contact met u op.
        </Paragraph>
      )}
    </section>
  );
}

function Overview({ data }: { data: StartPageData }) {
  const pending = data.employerIntroductions.nodes.filter(isPendingIntroduction);
  const { openVacancies, proposedJobCarving } = data;
  return (
    <>
      {proposedJobCarving.nodes.map((request) => (
        <Alert key={request.id} type="warning" role="status">
          <Paragraph>
            Het werkgeversservicepunt heeft een voorstel gedaan voor uw jobcarving-verzoek (
            {request.department}).{' '}
            <RouterLink to={`/jobcarving/${request.id}`}>Bekijk het voorstel</RouterLink>
          </Paragraph>
        </Alert>
      ))}
      <section aria-labelledby="open-vacatures">
        <Heading level={2} id="open-vacatures">
          Open vacatures
        </Heading>
        {openVacancies.totalCount === 0 ? (
          <Paragraph>U heeft op dit moment geen open vacatures.</Paragraph>
        ) : (
          <VacancyTable
            caption={`${openVacancies.totalCount} open ${openVacancies.totalCount === 1 ? 'vacature' : 'vacatures'}`}
            vacancies={openVacancies.nodes}
          />
        )}
        <Paragraph>
          <RouterButtonLink to="/vacatures/nieuw" appearance="primary-action-button">
            Nieuwe vacature
          </RouterButtonLink>{' '}
          <RouterLink to="/vacatures">Alle vacatures</RouterLink>
        </Paragraph>
      </section>
      <section aria-labelledby="kandidaten">
        <Heading level={2} id="kandidaten">
          Kandidaten in behandeling
        </Heading>
        {pending.length === 0 ? (
          <Paragraph>
            Er zijn op dit moment geen kandidaten voor uw vacatures in behandeling.
          </Paragraph>
        ) : (
          <IntroductionTable
            caption="Voorgedragen kandidaten die nog in behandeling zijn"
            introductions={pending}
          />
        )}
      </section>
      <AccountManager employer={data.employer} />
    </>
  );
}

export function StartPage() {
  usePageTitle('Startpagina');
  const viewer = useViewer();
  const employerId = useEmployerId();
  const { data, error } = useQuery(StartPageQuery, {
    variables: { employerId },
    fetchPolicy: 'cache-and-network',
  });

  return (
    <>
      <Heading level={1}>Welkom, {viewer.displayName}</Heading>
      <DataList>
        <DataListItem>
          <DataListKey>Organisatie</DataListKey>
          <DataListValue>{viewer.organisationName}</DataListValue>
        </DataListItem>
      </DataList>
      {data ? (
        <Overview data={data} />
      ) : error ? (
        <LoadError>Uw overzicht kan nu niet worden getoond. Probeer het later opnieuw.</LoadError>
      ) : (
        <LoadingState />
      )}
    </>
  );
}
