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
  formatDate,
  formatNumber,
  LoadError,
  LoadingState,
  RouterButtonLink,
  RouterLink,
  usePageTitle,
} from '@werkbrug/ui';
import { graphql } from '../../gql/index.js';
import { JobCarvingStatusBadge } from '../../modules/job-carving/components/JobCarvingStatusBadge.js';
import { useEmployerId } from '../../modules/session/hooks/useEmployerId.js';

export const JobCarvingListPageQuery = graphql(`
  query JobCarvingListPage($employerId: ID!) {
    jobCarvingRequests(employerId: $employerId, first: 100) {
      totalCount
      nodes {
        id
        department
        status
        createdAt
        carvableHoursPerWeek
        vacancy {
          id
          title
        }
      }
    }
  }
`);

export function JobCarvingListPage() {
  usePageTitle('Jobcarving');
  const employerId = useEmployerId();
  const { data, error } = useQuery(JobCarvingListPageQuery, {
    variables: { employerId },
    fetchPolicy: 'cache-and-network',
  });
  const requests = data?.jobCarvingRequests.nodes;

  return (
    <>
      <Heading level={1}>Jobcarving</Heading>
      <Paragraph>
        Heeft u vakkrachten die veel eenvoudig werk doen? Het werkgeversservicepunt analyseert het
        werk op een afdeling en stelt een nieuwe functie voor met de eenvoudige taken, vaak een
        garantiebaan voor iemand met een afstand tot de arbeidsmarkt.
      </Paragraph>
      <Paragraph>
        <RouterButtonLink to="/jobcarving/nieuw" appearance="primary-action-button">
          Nieuw jobcarving-verzoek
        </RouterButtonLink>
      </Paragraph>
      {requests === undefined ? (
        error ? (
          <LoadError>
            Uw verzoeken kunnen nu niet worden getoond. Probeer het later opnieuw.
          </LoadError>
        ) : (
          <LoadingState />
        )
      ) : requests.length === 0 ? (
        <Paragraph>U heeft nog geen jobcarving-verzoeken gedaan.</Paragraph>
      ) : (
        <Table>
          <TableCaption>Uw jobcarving-verzoeken</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Afdeling</TableHeaderCell>
              <TableHeaderCell scope="col">Status</TableHeaderCell>
              <TableHeaderCell scope="col">Ingediend op</TableHeaderCell>
              <TableHeaderCell scope="col">Eenvoudig werk per week</TableHeaderCell>
              <TableHeaderCell scope="col">Vacature</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {requests.map((request) => (
              <TableRow key={request.id}>
                <TableHeaderCell scope="row">
                  <RouterLink to={`/jobcarving/${request.id}`}>{request.department}</RouterLink>
                </TableHeaderCell>
                <TableCell>
                  <JobCarvingStatusBadge status={request.status} />
                </TableCell>
                <TableCell>{formatDate(request.createdAt)}</TableCell>
                <TableCell>{formatNumber(request.carvableHoursPerWeek)} uur</TableCell>
                <TableCell>
                  {request.vacancy ? (
                    <RouterLink to={`/vacatures/${request.vacancy.id}`}>
                      {request.vacancy.title}
                    </RouterLink>
                  ) : (
                    'Nog niet'
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
