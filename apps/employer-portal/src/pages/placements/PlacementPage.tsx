import { useQuery } from '@apollo/client/react';
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { CONTRACT_TYPE_LABELS, PLACEMENT_INSTRUMENT_LABELS } from '@werkbrug/domain-rules';
import {
  centsToEuroInput,
  formatDate,
  formatNumber,
  isNotFound,
  LoadError,
  LoadingState,
  NotFoundPage,
  RouterLink,
  usePageTitle,
} from '@werkbrug/ui';
import { useParams } from 'react-router';
import { graphql } from '../../gql/index.js';
import { LksEstimateForm } from '../../modules/lks/components/LksEstimateForm.js';
import { AftercareSection } from '../../modules/placement/components/AftercareSection.js';
import { workerName } from '../../modules/placement/workerName.js';

export const PlacementPageQuery = graphql(`
  query PlacementPage($id: ID!) {
    placement(id: $id) {
      id
      active
      startDate
      endDate
      hoursPerWeek
      contractType
      instruments
      hourlyWage
      loonwaardePercentage
      jobSeeker {
        candidateLabel
        firstName
        lastName
      }
      vacancy {
        id
        title
      }
      ...AftercareSection_placement
    }
  }
`);

export function PlacementPage() {
  const { id = '' } = useParams();
  const { data, error } = useQuery(PlacementPageQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const placement = data?.placement;
  const name = placement ? workerName(placement.jobSeeker) : null;
  usePageTitle(name ? `Plaatsing van ${name}` : 'Plaatsing');

  if (!placement || !name) {
    if (error && isNotFound(error)) return <NotFoundPage />;
    return (
      <>
        <Heading level={1}>Plaatsing</Heading>
        {error ? (
          <LoadError>
            Deze plaatsing kan nu niet worden getoond. Probeer het later opnieuw.
          </LoadError>
        ) : (
          <LoadingState />
        )}
      </>
    );
  }

  return (
    <>
      <Paragraph>
        <RouterLink to="/plaatsingen">Terug naar de plaatsingen</RouterLink>
      </Paragraph>
      <Heading level={1}>Plaatsing van {name}</Heading>
      <DataList>
        <DataListItem>
          <DataListKey>Functie</DataListKey>
          <DataListValue>{placement.vacancy?.title ?? 'Zonder vacature'}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Contract</DataListKey>
          <DataListValue>{CONTRACT_TYPE_LABELS[placement.contractType]}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Uren per week</DataListKey>
          <DataListValue>{formatNumber(placement.hoursPerWeek)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Periode</DataListKey>
          <DataListValue>
            {placement.endDate
              ? `${formatDate(placement.startDate)} tot en met ${formatDate(placement.endDate)}`
              : `Vanaf ${formatDate(placement.startDate)}`}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Ondersteuning</DataListKey>
          <DataListValue>
            {placement.instruments.length > 0
              ? placement.instruments.map((code) => PLACEMENT_INSTRUMENT_LABELS[code]).join(', ')
              : 'Geen'}
          </DataListValue>
        </DataListItem>
      </DataList>
      <AftercareSection placement={placement} />
      <section aria-labelledby="lks-berekening">
        <Heading level={2} id="lks-berekening">
          LKS-berekening
        </Heading>
        <Paragraph>Reken uit hoeveel loonkostensubsidie past bij deze plaatsing.</Paragraph>
        <LksEstimateForm
          idPrefix="plaatsing-lks"
          headingLevel={3}
          initialValues={{
            hourlyWage:
              placement.hourlyWage === null || placement.hourlyWage === undefined
                ? ''
                : centsToEuroInput(Math.round(placement.hourlyWage * 100)),
            loonwaardePercent:
              placement.loonwaardePercentage === null ||
              placement.loonwaardePercentage === undefined
                ? ''
                : String(placement.loonwaardePercentage),
            hoursPerWeek: String(placement.hoursPerWeek).replace('.', ','),
          }}
        />
      </section>
    </>
  );
}
