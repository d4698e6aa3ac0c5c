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
import {
  COMPETENCE_REQUIREMENT_LABELS,
  CONTRACT_TYPE_LABELS,
  VACANCY_KIND_LABELS,
  VACANCY_STATUS_LABELS,
  WORK_SECTOR_LABELS,
} from '@werkbrug/domain-rules';
import { RouterButtonLink, RouterLink, usePageTitle } from '@werkbrug/ui';
import { useParams } from 'react-router';
import { useHasRole } from '../../app/RequireRole.js';
import { graphql } from '../../gql/index.js';
import type { VacancyPageQuery as VacancyPageData } from '../../gql/graphql.js';
import { Facts } from '../../modules/common/components/Facts.js';
import { LoadingPage, QueryErrorPage } from '../../modules/common/components/PageStates.js';
import { formatDate } from '../../modules/common/dates.js';
import { formatHoursRange } from '../../modules/common/format.js';
import { groupLabel, levelLabel } from '../../modules/competence/levels.js';
import { PipelineView } from '../../modules/introduction/components/PipelineView.js';

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
      startsOn
      closesOn
      wageMinCents
      wageMaxCents
      employer {
        id
        name
      }
      location {
        id
        name
        postcode
        city
      }
      competences {
        minLevel
        requirement
        weight
        competence {
          code
          label
          group
        }
      }
    }
    introductions(vacancyId: $id, first: 100) {
      totalCount
      nodes {
        ...IntroductionCard_introduction
      }
    }
  }
`);

const TITLE = 'Vacature';
const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

type Data = VacancyPageData;

function wage(min: number | null, max: number | null): string {
  if (min === null && max === null) return 'Niet opgegeven';
  const parts = [min, max]
    .filter((cents): cents is number => cents !== null)
    .map((cents) => euro.format(cents / 100));
  return `${[...new Set(parts)].join(' tot ')} bruto per uur`;
}

function Loaded({
  vacancy,
  introductions,
}: {
  vacancy: Data['vacancy'];
  introductions: Data['introductions'];
}) {
  usePageTitle(`${vacancy.title} - ${TITLE}`);
  const canMatch = useHasRole('ACCOUNT_MANAGER') && vacancy.status === 'OPEN';
  return (
    <>
      <Heading level={1}>{vacancy.title}</Heading>
      <Paragraph>
        <RouterLink to={`/werkgevers/${vacancy.employer.id}`}>{vacancy.employer.name}</RouterLink> ·{' '}
        {vacancy.location.city}
      </Paragraph>
      {canMatch && (
        <RouterButtonLink
          appearance="primary-action-button"
          to={`/vacatures/${vacancy.id}/matching`}
        >
          Kandidaten zoeken
        </RouterButtonLink>
      )}
      <Facts
        facts={[
          { label: 'Soort', value: VACANCY_KIND_LABELS[vacancy.kind] },
          { label: 'Status', value: VACANCY_STATUS_LABELS[vacancy.status] },
          { label: 'Contract', value: CONTRACT_TYPE_LABELS[vacancy.contractType] },
          {
            label: 'Sector',
            value: vacancy.sector ? WORK_SECTOR_LABELS[vacancy.sector] : 'Niet opgegeven',
          },
          { label: 'Uren per week', value: formatHoursRange(vacancy.hoursMin, vacancy.hoursMax) },
          { label: 'Aantal plekken', value: String(vacancy.openings) },
          {
            label: 'Werkplek',
            value: `${vacancy.location.name}, ${vacancy.location.postcode} ${vacancy.location.city}`,
          },
          { label: 'Start', value: vacancy.startsOn ? formatDate(vacancy.startsOn) : 'In overleg' },
          {
            label: 'Sluit',
            value: vacancy.closesOn ? formatDate(vacancy.closesOn) : 'Geen sluitingsdatum',
          },
          { label: 'Loon', value: wage(vacancy.wageMinCents, vacancy.wageMaxCents) },
        ]}
      />
      <Heading level={2}>Omschrijving</Heading>
      <Paragraph>{vacancy.description}</Paragraph>

      <section aria-labelledby="gevraagd">
        <Heading level={2} id="gevraagd">
          Gevraagde competenties
        </Heading>
        {vacancy.competences.length === 0 ? (
          <Paragraph>Deze vacature vraagt geen competenties.</Paragraph>
        ) : (
          <Table className="werkbrug-table">
            <TableCaption>Gevraagde competenties, eerst de vereiste</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Competentie</TableHeaderCell>
                <TableHeaderCell scope="col">Groep</TableHeaderCell>
                <TableHeaderCell scope="col">Minimaal niveau</TableHeaderCell>
                <TableHeaderCell scope="col">Vereist of gewenst</TableHeaderCell>
                <TableHeaderCell scope="col">Gewicht (1-5)</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {vacancy.competences.map((asked) => (
                <TableRow key={asked.competence.code}>
                  <TableHeaderCell scope="row">{asked.competence.label}</TableHeaderCell>
                  <TableCell>{groupLabel(asked.competence.group)}</TableCell>
                  <TableCell>{levelLabel(asked.minLevel)}</TableCell>
                  <TableCell>{COMPETENCE_REQUIREMENT_LABELS[asked.requirement]}</TableCell>
                  <TableCell>{asked.weight}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>

      <section aria-labelledby="pijplijn">
        <Heading level={2} id="pijplijn">
          Pijplijn ({introductions.totalCount})
        </Heading>
        <PipelineView
          introductions={introductions.nodes}
          empty="Er staat nog niemand op de shortlist van deze vacature."
        />
      </section>
    </>
  );
}

/** One vacancy: what it asks for, and the pipeline of people put forward for it. */
export function VacancyPage() {
  const { vacancyId = '' } = useParams();
  const { data, error, refetch } = useQuery(VacancyPageQuery, { variables: { id: vacancyId } });

  if (data) return <Loaded vacancy={data.vacancy} introductions={data.introductions} />;
  if (error) return <QueryErrorPage title={TITLE} error={error} onRetry={() => refetch()} />;
  return <LoadingPage title={TITLE} />;
}
