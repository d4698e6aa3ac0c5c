import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { VACANCY_KIND_LABELS } from '@werkbrug/domain-rules';
import { RouterLink } from '@werkbrug/ui';
import { graphql } from '../../../gql/index.js';
import type { VacancyTable_VacancyFragment } from '../../../gql/graphql.js';
import { formatHours } from '../format.js';
import { VacancyStatusBadge } from './VacancyStatusBadge.js';

export const VacancyTableFragment = graphql(`
  fragment VacancyTable_vacancy on Vacancy {
    id
    title
    kind
    status
    hoursMin
    hoursMax
    openings
    location {
      id
      name
    }
  }
`);

export interface VacancyTableProps {
  caption: string;
  vacancies: readonly VacancyTable_VacancyFragment[];
}

export function VacancyTable({ caption, vacancies }: VacancyTableProps) {
  return (
    <Table>
      <TableCaption>{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Vacature</TableHeaderCell>
          <TableHeaderCell scope="col">Soort</TableHeaderCell>
          <TableHeaderCell scope="col">Status</TableHeaderCell>
          <TableHeaderCell scope="col">Uren per week</TableHeaderCell>
          <TableHeaderCell scope="col">Plaatsen</TableHeaderCell>
          <TableHeaderCell scope="col">Vestiging</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {vacancies.map((vacancy) => (
          <TableRow key={vacancy.id}>
            <TableHeaderCell scope="row">
              <RouterLink to={`/vacatures/${vacancy.id}`}>{vacancy.title}</RouterLink>
            </TableHeaderCell>
            <TableCell>{VACANCY_KIND_LABELS[vacancy.kind]}</TableCell>
            <TableCell>
              <VacancyStatusBadge status={vacancy.status} />
            </TableCell>
            <TableCell>{formatHours(vacancy)}</TableCell>
            <TableCell>{vacancy.openings}</TableCell>
            <TableCell>{vacancy.location.name}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
