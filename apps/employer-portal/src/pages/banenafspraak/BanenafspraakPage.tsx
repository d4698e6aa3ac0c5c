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
import { EMPLOYER_SECTOR_LABELS } from '@werkbrug/domain-rules';
import { formatDate, LoadError, LoadingState, usePageTitle } from '@werkbrug/ui';
import { graphql } from '../../gql/index.js';

export const BanenafspraakPageQuery = graphql(`
  query BanenafspraakPage {
    myBanenafspraakContribution {
      employerName
      sector
      quarters {
        quarter
        countDate
        jobs {
          display
        }
        people {
          display
        }
        changeFromPreviousQuarter {
          display
        }
        peopleStarted {
          display
        }
        peopleLost {
          display
        }
      }
    }
  }
`);

/** "2026-Q3" → "3e kwartaal 2026". */
const quarterName = (quarter: string) => `${quarter.slice(-1)}e kwartaal ${quarter.slice(0, 4)}`;

export function BanenafspraakPage() {
  usePageTitle('Uw bijdrage aan de banenafspraak');
  const { data, error } = useQuery(BanenafspraakPageQuery, { fetchPolicy: 'cache-and-network' });
  const contribution = data?.myBanenafspraakContribution;

  return (
    <>
      <Heading level={1}>Uw bijdrage aan de banenafspraak</Heading>
      <Paragraph>
        Werkgevers en overheid spraken af om extra banen te maken voor mensen uit het
        doelgroepregister. Eén baan telt als 25,5 uur werk per week: kleinere banen tellen naar rato
        mee, grotere als meer dan één. We tellen de banen die op de laatste dag van elk kwartaal
        lopen, bij u in dienst of bij u ingeleend (uitzending of detachering).
      </Paragraph>
      <Paragraph>
        Bij minder dan 5 medewerkers tonen we "&lt;5" en laten we het aantal banen weg (x), net als
        in de regionale cijfers: zo is niet af te leiden wie van uw medewerkers in het
        doelgroepregister staat.
      </Paragraph>
      {contribution ? (
        <Table>
          <TableCaption>
            Getelde banen van {contribution.employerName} (sector{' '}
            {EMPLOYER_SECTOR_LABELS[contribution.sector].toLowerCase()})
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Kwartaal</TableHeaderCell>
              <TableHeaderCell scope="col">Telmoment</TableHeaderCell>
              <TableHeaderCell scope="col">Banen (25,5 uur)</TableHeaderCell>
              <TableHeaderCell scope="col">Medewerkers</TableHeaderCell>
              <TableHeaderCell scope="col">Verschil met vorig kwartaal</TableHeaderCell>
              <TableHeaderCell scope="col">Begonnen</TableHeaderCell>
              <TableHeaderCell scope="col">Gestopt</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {contribution.quarters.map((quarter) => (
              <TableRow key={quarter.quarter}>
                <TableHeaderCell scope="row">{quarterName(quarter.quarter)}</TableHeaderCell>
                <TableCell>{formatDate(quarter.countDate)}</TableCell>
                <TableCell>{quarter.jobs.display}</TableCell>
                <TableCell>{quarter.people.display}</TableCell>
                <TableCell>{quarter.changeFromPreviousQuarter.display}</TableCell>
                <TableCell>{quarter.peopleStarted.display}</TableCell>
                <TableCell>{quarter.peopleLost.display}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : error ? (
        <LoadError>Uw bijdrage kan nu niet worden getoond. Probeer het later opnieuw.</LoadError>
      ) : (
        <LoadingState />
      )}
    </>
  );
}
