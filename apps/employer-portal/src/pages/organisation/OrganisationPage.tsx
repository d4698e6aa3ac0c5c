import { useQuery } from '@apollo/client/react';
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { EMPLOYER_SECTOR_LABELS } from '@werkbrug/domain-rules';
import { LoadError, LoadingState, usePageTitle } from '@werkbrug/ui';
import { graphql } from '../../gql/index.js';
import { ContactsSection } from '../../modules/employer/components/ContactsSection.js';
import { LocationsSection } from '../../modules/employer/components/LocationsSection.js';
import { useEmployerId } from '../../modules/session/hooks/useEmployerId.js';

export const OrganisationPageQuery = graphql(`
  query OrganisationPage($employerId: ID!) {
    employer(id: $employerId) {
      id
      name
      kvkNumber
      sector
      sbiCode
      ...LocationsSection_employer
      ...ContactsSection_employer
    }
  }
`);

export function OrganisationPage() {
  usePageTitle('Organisatie');
  const employerId = useEmployerId();
  const { data, error } = useQuery(OrganisationPageQuery, {
    variables: { employerId },
    fetchPolicy: 'cache-and-network',
  });
  const employer = data?.employer;

  return (
    <>
      <Heading level={1}>Organisatie</Heading>
      {employer ? (
        <>
          <Paragraph>
            Houd de gegevens van uw organisatie actueel, zodat het werkgeversservicepunt weet waar
            het werk is en wie het kan bereiken.
          </Paragraph>
          <DataList>
            <DataListItem>
              <DataListKey>Naam</DataListKey>
              <DataListValue>{employer.name}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>KvK-nummer</DataListKey>
              <DataListValue>{employer.kvkNumber}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Sector</DataListKey>
              <DataListValue>{EMPLOYER_SECTOR_LABELS[employer.sector]}</DataListValue>
            </DataListItem>
          </DataList>
          <Paragraph>
            Kloppen uw naam, KvK-nummer of sector niet? Geef het door aan uw accountmanager.
          </Paragraph>
          <LocationsSection employer={employer} />
          <ContactsSection employer={employer} />
        </>
      ) : error ? (
        <LoadError>
          De gegevens van uw organisatie kunnen nu niet worden getoond. Probeer het later opnieuw.
        </LoadError>
      ) : (
        <LoadingState />
      )}
    </>
  );
}
