import { useQuery } from '@apollo/client/react';
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Link,
  OrderedList,
  OrderedListItem,
  Paragraph,
} from '@utrecht/component-library-react';
import { VACANCY_KIND_LABELS } from '@werkbrug/domain-rules';
import {
  formatDate,
  isNotFound,
  LoadError,
  LoadingState,
  NotFoundPage,
  RouterLink,
  usePageTitle,
} from '@werkbrug/ui';
import { useParams } from 'react-router';
import { graphql } from '../../gql/index.js';
import { candidateName } from '../../modules/introduction/candidateName.js';
import { IntroductionStatusBadge } from '../../modules/introduction/components/IntroductionStatusBadge.js';
import { IntroductionStatusChange } from '../../modules/introduction/components/IntroductionStatusChange.js';
import { IntroductionSteps } from '../../modules/introduction/components/IntroductionSteps.js';
import { EMPLOYER_STATUS_LABELS } from '../../modules/introduction/employerStatus.js';

export const IntroductionPageQuery = graphql(`
  query IntroductionPage($id: ID!) {
    employerIntroduction(id: $id) {
      id
      candidateLabel
      status
      nextStatuses
      inDoelgroepregister
      createdAt
      candidate {
        firstName
        lastName
        email
        phone
      }
      vacancy {
        id
        title
        kind
      }
      history {
        changedAt
        fromStatus
        toStatus
      }
    }
  }
`);

export function IntroductionPage() {
  const { id = '' } = useParams();
  const { data, error } = useQuery(IntroductionPageQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const introduction = data?.employerIntroduction;
  const name = introduction ? candidateName(introduction) : null;
  usePageTitle(name ?? 'Kandidaat');

  if (!introduction || !name) {
    if (error && isNotFound(error)) return <NotFoundPage />;
    return (
      <>
        <Heading level={1}>Kandidaat</Heading>
        {error ? (
          <LoadError>
            Deze kandidaat kan nu niet worden getoond. Probeer het later opnieuw.
          </LoadError>
        ) : (
          <LoadingState />
        )}
      </>
    );
  }

  const { candidate, vacancy } = introduction;
  return (
    <>
      <Paragraph>
        <RouterLink to={`/vacatures/${vacancy.id}`}>Terug naar {vacancy.title}</RouterLink>
      </Paragraph>
      <Heading level={1}>{name}</Heading>
      <DataList>
        <DataListItem>
          <DataListKey>Vacature</DataListKey>
          <DataListValue>
            {vacancy.title} ({VACANCY_KIND_LABELS[vacancy.kind]})
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Status</DataListKey>
          <DataListValue>
            <IntroductionStatusBadge status={introduction.status} />
          </DataListValue>
        </DataListItem>
        {introduction.inDoelgroepregister !== null && (
          <DataListItem>
            <DataListKey>In het doelgroepregister</DataListKey>
            <DataListValue>{introduction.inDoelgroepregister ? 'Ja' : 'Nee'}</DataListValue>
          </DataListItem>
        )}
        {candidate?.email && (
          <DataListItem>
            <DataListKey>E-mailadres</DataListKey>
            <DataListValue>
              <Link href={`mailto:${candidate.email}`}>{candidate.email}</Link>
            </DataListValue>
          </DataListItem>
        )}
        {candidate?.phone && (
          <DataListItem>
            <DataListKey>Telefoonnummer</DataListKey>
            <DataListValue>{candidate.phone}</DataListValue>
          </DataListItem>
        )}
      </DataList>
      <IntroductionSteps
        label="Voortgang van de kennismaking"
        status={introduction.status}
        previousStatus={introduction.history.at(-1)?.fromStatus ?? null}
      />
      {!candidate && (
        <Paragraph>
          Deze kandidaat is nog anoniem. Het werkgeversservicepunt vraagt eerst toestemming; zodra u
          aan elkaar bent voorgesteld, ziet u hier de naam en de contactgegevens.
        </Paragraph>
      )}
      <IntroductionStatusChange id={introduction.id} nextStatuses={introduction.nextStatuses} />
      <section aria-labelledby="verloop">
        <Heading level={2} id="verloop">
          Verloop
        </Heading>
        <OrderedList>
          {introduction.history.map((change) => (
            <OrderedListItem key={`${change.changedAt}-${change.toStatus}`}>
              {formatDate(change.changedAt)}: {EMPLOYER_STATUS_LABELS[change.toStatus]}
            </OrderedListItem>
          ))}
        </OrderedList>
      </section>
    </>
  );
}
