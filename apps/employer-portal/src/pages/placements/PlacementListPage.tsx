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
import { CONTRACT_TYPE_LABELS } from '@werkbrug/domain-rules';
import {
  formatDate,
  formatNumber,
  LoadError,
  LoadingState,
  RouterLink,
  usePageTitle,
} from '@werkbrug/ui';
import { graphql } from '../../gql/index.js';
import { workerName } from '../../modules/placement/workerName.js';

export const PlacementListPageQuery = graphql(`
  query PlacementListPage {
    placements(first: 100) {
      totalCount
      nodes {
        id
        active
        startDate
        endDate
        hoursPerWeek
        contractType
        jobSeeker {
          candidateLabel
          firstName
          lastName
        }
        vacancy {
          id
          title
        }
      }
    }
  }
`);

export function PlacementListPage() {
  usePageTitle('Plaatsingen');
  const { data, error } = useQuery(PlacementListPageQuery, { fetchPolicy: 'cache-and-network' });
  const placements = data?.placements;

  return (
    <>
      <Heading level={1}>Plaatsingen</Heading>
      <Paragraph>
        Mensen die via het werkgeversservicepunt bij u werken. U ziet hun naam als u aan elkaar bent
        voorgesteld; anders staat er "Medewerker via WSP".
      </Paragraph>
      {placements ? (
        placements.nodes.length === 0 ? (
          <Paragraph>Er zijn nog geen plaatsingen bij uw organisatie.</Paragraph>
        ) : (
          <Table>
            <TableCaption>Plaatsingen bij uw organisatie ({placements.totalCount})</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Medewerker</TableHeaderCell>
                <TableHeaderCell scope="col">Functie</TableHeaderCell>
                <TableHeaderCell scope="col">Contract</TableHeaderCell>
                <TableHeaderCell scope="col">Uren per week</TableHeaderCell>
                <TableHeaderCell scope="col">Periode</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {placements.nodes.map((placement) => (
                <TableRow key={placement.id}>
                  <TableHeaderCell scope="row">
                    <RouterLink to={`/plaatsingen/${placement.id}`}>
                      {workerName(placement.jobSeeker)}
                    </RouterLink>
                  </TableHeaderCell>
                  <TableCell>{placement.vacancy?.title ?? '—'}</TableCell>
                  <TableCell>{CONTRACT_TYPE_LABELS[placement.contractType]}</TableCell>
                  <TableCell>{formatNumber(placement.hoursPerWeek)}</TableCell>
                  <TableCell>
                    {placement.endDate
                      ? `${formatDate(placement.startDate)} tot en met ${formatDate(placement.endDate)}`
                      : `Vanaf ${formatDate(placement.startDate)}`}
                    {!placement.active && ' (afgelopen)'}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )
      ) : error ? (
        <LoadError>
          De plaatsingen kunnen nu niet worden getoond. Probeer het later opnieuw.
        </LoadError>
      ) : (
        <LoadingState />
      )}
    </>
  );
}
