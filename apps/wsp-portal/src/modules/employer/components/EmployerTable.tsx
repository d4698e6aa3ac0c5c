import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { EMPLOYER_SECTOR_LABELS } from '@werkbrug/domain-rules';
import { RouterLink } from '@werkbrug/ui';
import { graphql } from '../../../gql/index.js';
import type { EmployerTable_EmployerFragment } from '../../../gql/graphql.js';

export const EmployerTableFragment = graphql(`
  fragment EmployerTable_employer on Employer {
    id
    name
    kvkNumber
    sector
    regionCode
    accountManager {
      id
      displayName
    }
    locations {
      id
      city
    }
  }
`);

export interface EmployerTableProps {
  caption: string;
  employers: readonly EmployerTable_EmployerFragment[];
}

/** Employers with KvK number, sector, places and account manager. */
export function EmployerTable({ caption, employers }: EmployerTableProps) {
  return (
    <Table className="werkbrug-table">
      <TableCaption>{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Naam</TableHeaderCell>
          <TableHeaderCell scope="col">KvK-nummer</TableHeaderCell>
          <TableHeaderCell scope="col">Sector</TableHeaderCell>
          <TableHeaderCell scope="col">Vestigingsplaatsen</TableHeaderCell>
          <TableHeaderCell scope="col">Accountmanager</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {employers.map((employer) => (
          <TableRow key={employer.id}>
            <TableHeaderCell scope="row">
              <RouterLink to={`/werkgevers/${employer.id}`}>{employer.name}</RouterLink>
            </TableHeaderCell>
            <TableCell>{employer.kvkNumber}</TableCell>
            <TableCell>{EMPLOYER_SECTOR_LABELS[employer.sector]}</TableCell>
            <TableCell>
              {[...new Set(employer.locations.map((location) => location.city))].join(', ') ||
                'Geen'}
            </TableCell>
            <TableCell>{employer.accountManager?.displayName ?? 'Niemand'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
