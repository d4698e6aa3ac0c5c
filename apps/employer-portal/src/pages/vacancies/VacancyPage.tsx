import { useQuery } from '@apollo/client/react';
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import {
  CONTRACT_TYPE_LABELS,
  VACANCY_KIND_LABELS,
  WORK_SECTOR_LABELS,
} from '@werkbrug/domain-rules';
import {
  formatDate,
  isNotFound,
  LoadError,
  LoadingState,
  NotFoundPage,
  RouterButtonLink,
  RouterLink,
  usePageTitle,
} from '@werkbrug/ui';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { graphql } from '../../gql/index.js';
import type { VacancyPageQuery as VacancyPageData } from '../../gql/graphql.js';
import { NoticeAlert } from '../../modules/common/NoticeAlert.js';
import { IntroductionTable } from '../../modules/introduction/components/IntroductionTable.js';
import { VacancyCompetenceTable } from '../../modules/vacancy/components/VacancyCompetenceTable.js';
import { VacancyStatusActions } from '../../modules/vacancy/components/VacancyStatusActions.js';
import { VacancyStatusBadge } from '../../modules/vacancy/components/VacancyStatusBadge.js';
import { formatHours, formatWage } from '../../modules/vacancy/format.js';

export const VacancyPageQuery = graphql(`
  query VacancyPage($id: ID!) {
    vacancy(id: $id) {
      id
      title
      description
      kind
      status
      contractType
      sector
      hoursMin
      hoursMax
      openings
      wageMinCents
      wageMaxCents
      startsOn
      closesOn
      location {
        id
        name
        street
        postcode
        city
      }
      ...VacancyCompetenceTable_vacancy
    }
    employerIntroductions(vacancyId: $id, first: 100) {
      totalCount
      nodes {
        ...IntroductionTable_introduction
      }
    }
  }
`);

type Vacancy = VacancyPageData['vacancy'];

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{term}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

function VacancyDetails({ vacancy }: { vacancy: Vacancy }) {
  const { location } = vacancy;
  return (
    <DataList>
      <Item term="Status">
        <VacancyStatusBadge status={vacancy.status} />
      </Item>
      <Item term="Soort">{VACANCY_KIND_LABELS[vacancy.kind]}</Item>
      <Item term="Contractvorm">{CONTRACT_TYPE_LABELS[vacancy.contractType]}</Item>
      <Item term="Uren per week">{formatHours(vacancy)}</Item>
      <Item term="Aantal plaatsen">{vacancy.openings}</Item>
      <Item term="Loon">{formatWage(vacancy) ?? 'Niet opgegeven'}</Item>
      <Item term="Sector">
        {vacancy.sector ? WORK_SECTOR_LABELS[vacancy.sector] : 'Niet opgegeven'}
      </Item>
      <Item term="Vestiging">
        {location.name}, {location.street ? `${location.street}, ` : ''}
        {location.postcode} {location.city}
      </Item>
      <Item term="Startdatum">
        {vacancy.startsOn ? formatDate(vacancy.startsOn) : 'Niet opgegeven'}
      </Item>
      <Item term="Sluitingsdatum">
        {vacancy.closesOn ? formatDate(vacancy.closesOn) : 'Niet opgegeven'}
      </Item>
    </DataList>
  );
}

export function VacancyPage() {
  const { id = '' } = useParams();
  const { data, error } = useQuery(VacancyPageQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const vacancy = data?.vacancy;
  usePageTitle(vacancy ? vacancy.title : 'Vacature');

  if (!data || !vacancy) {
    if (error && isNotFound(error)) return <NotFoundPage />;
    return (
      <>
        <Heading level={1}>Vacature</Heading>
        {error ? (
          <LoadError>De vacature kan nu niet worden getoond. Probeer het later opnieuw.</LoadError>
        ) : (
          <LoadingState />
        )}
      </>
    );
  }

  const introductions = data.employerIntroductions.nodes;
  return (
    <>
      <Paragraph>
        <RouterLink to="/vacatures">Alle vacatures</RouterLink>
      </Paragraph>
      <Heading level={1}>{vacancy.title}</Heading>
      <NoticeAlert />
      <VacancyDetails vacancy={vacancy} />
      <VacancyStatusActions id={vacancy.id} status={vacancy.status} />
      <Paragraph>
        <RouterButtonLink
          to={`/vacatures/${vacancy.id}/wijzigen`}
          appearance="secondary-action-button"
        >
          Vacature wijzigen
        </RouterButtonLink>
      </Paragraph>

      <Heading level={2}>Omschrijving</Heading>
      <Paragraph className="werkbrug-preserve-lines">{vacancy.description}</Paragraph>

      <Heading level={2}>Competenties</Heading>
      {vacancy.competences.length === 0 ? (
        <Paragraph>
          Er zijn nog geen competenties gekozen. Met competenties kan het werkgeversservicepunt
          gerichter zoeken.
        </Paragraph>
      ) : (
        <VacancyCompetenceTable vacancy={vacancy} />
      )}

      <Heading level={2}>Passende kandidaten</Heading>
      {vacancy.status === 'OPEN' ? (
        <Paragraph>
          <RouterButtonLink
            to={`/vacatures/${vacancy.id}/kandidaten`}
            appearance="secondary-action-button"
          >
            Bekijk passende kandidaten
          </RouterButtonLink>
        </Paragraph>
      ) : (
        <Paragraph>Zodra de vacature open is, ziet u hier anoniem wie er bij past.</Paragraph>
      )}

      <Heading level={2}>Voorgestelde kandidaten</Heading>
      {introductions.length === 0 ? (
        <Paragraph>
          Het werkgeversservicepunt heeft nog geen kandidaten voor deze vacature voorgedragen.
        </Paragraph>
      ) : (
        <IntroductionTable
          caption={`Kandidaten voor ${vacancy.title}`}
          introductions={introductions}
          showVacancy={false}
        />
      )}
      <Paragraph>
        Kandidaten blijven anoniem tot zij toestemming geven en het werkgeversservicepunt u aan hen
        voorstelt. Daarna ziet u hun naam en contactgegevens.
      </Paragraph>
    </>
  );
}
