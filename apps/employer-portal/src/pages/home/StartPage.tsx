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
import { formatRoles, usePageTitle } from '@werkbrug/ui';
import { graphql } from '../../gql/index.js';

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
      <Heading level={2}>Wat kunt u hier straks doen?</Heading>
      <Paragraph>
        In het werkgeversportaal werkt u samen met het werkgeversservicepunt (WSP) van uw regio aan
        werk voor mensen met een afstand tot de arbeidsmarkt. U kunt hier binnenkort:
      </Paragraph>
      <UnorderedList>
        <UnorderedListItem>
          vacatures plaatsen, ook garantiebanen en werkleerplekken;
        </UnorderedListItem>
        <UnorderedListItem>
          een jobcarving-verzoek doen: het WSP kijkt dan met u welke taken een nieuwe functie kunnen
          vormen;
        </UnorderedListItem>
        <UnorderedListItem>
          kandidaten bekijken die het WSP voorstelt, eerst anoniem en met toestemming van de
          kandidaat op naam;
        </UnorderedListItem>
        <UnorderedListItem>plaatsingen en de begeleiding daarna volgen.</UnorderedListItem>
      </UnorderedList>
      <Paragraph>Vragen? Neem contact op met uw accountmanager bij het WSP.</Paragraph>
    </>
  );
}
