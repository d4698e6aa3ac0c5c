import { useQuery } from '@apollo/client/react';
import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { formatRoles, RouterLink, usePageTitle } from '@werkbrug/ui';
import { graphql } from '../../gql/index.js';
import { RESULTS_READERS } from '../../app/portal.js';

export const StartPageQuery = graphql(`
  query StartPage {
    viewer {
      id
      displayName
      roles
      organisationName
    }
  }
`);

export function StartPage() {
  usePageTitle('Startpagina');
  const { data, loading } = useQuery(StartPageQuery);
  const viewer = data?.viewer;
  if (loading) return <Paragraph role="status">Bezig met laden…</Paragraph>;
  if (!viewer) {
    return (
      <Alert type="error">
        <Paragraph>De startpagina kan nu niet worden getoond. Probeer het later opnieuw.</Paragraph>
      </Alert>
    );
  }

  return (
    <>
      <Heading level={1}>Welkom, {viewer.displayName}</Heading>
      <DataList>
        <DataListItem>
          <DataListKey>{viewer.roles.length > 1 ? 'Uw rollen' : 'Uw rol'}</DataListKey>
          <DataListValue>{formatRoles(viewer.roles)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Organisatie</DataListKey>
          <DataListValue>{viewer.organisationName}</DataListValue>
        </DataListItem>
      </DataList>
      {viewer.roles.some((role) => RESULTS_READERS.includes(role)) && (
        <Paragraph>
          <RouterLink to="/resultaten">Bekijk de resultaten van uw regio</RouterLink>:
          banenafspraak, beschut werk, uitstroom naar werk en plaatsingen.
        </Paragraph>
      )}
      <Heading level={2}>Wat kunt u hier doen?</Heading>
      <Paragraph>
        Met het WSP-portaal werkt het werkgeversservicepunt samen met gemeenten en UWV aan werk voor
        inwoners met een afstand tot de arbeidsmarkt. Wat u ziet, hangt af van uw rol:
      </Paragraph>
      <UnorderedList>
        <UnorderedListItem>
          accountmanagers beheren werkgevers en vacatures, krijgen uitgelegde matches en stellen
          kandidaten voor;
        </UnorderedListItem>
        <UnorderedListItem>
          consulenten houden het profiel van inwoners bij: competenties, beschikbaarheid en
          toestemming;
        </UnorderedListItem>
        <UnorderedListItem>
          het werkbedrijf volgt de resultaten van de regio, zoals de banenafspraak en beschut werk;
        </UnorderedListItem>
        <UnorderedListItem>
          beheerders beheren accounts en de lijst met competenties.
        </UnorderedListItem>
      </UnorderedList>
      <Paragraph>Het beheer komt later beschikbaar.</Paragraph>
    </>
  );
}
