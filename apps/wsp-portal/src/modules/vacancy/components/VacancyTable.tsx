import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { VACANCY_KIND_LABELS, VACANCY_STATUS_LABELS } from '@werkbrug/domain-rules';
import { RouterLink } from '@werkbrug/ui';
import { graphql } from '../../../gql/index.js';
import type { VacancyTable_VacancyFragment } from '../../../gql/graphql.js';
import { formatHoursRange } from '../../common/format.js';

export const VacancyTableFragment = graphql(`
  fragment VacancyTable_vacancy on Vacancy {
    id
    title
    kind
    status
    hoursMin
    hoursMax
    openings
    employer {
      id
      name
    }
    location {
      id
      city
    }
  }
`);

export interface VacancyTableProps {
  caption: string;
  vacancies: readonly VacancyTable_VacancyFragment[];
  /** Leave out the employer column on an employer's own page. */
  showEmployer?: boolean;
  /** Where a title links to; the vacancy page unless said otherwise. */
  linkTo?: (vacancy: VacancyTable_VacancyFragment) => string;
}

export function VacancyTable({
  caption,
  vacancies,
  showEmployer = true,
  linkTo = (vacancy) => `/vacatures/${vacancy.id}`,
}: VacancyTableProps) {
  return (
    <Table className="werkbrug-table">
      <TableCaption>{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Functie</TableHeaderCell>
          {showEmployer && <TableHeaderCell scope="col">Werkgever</TableHeaderCell>}
          <TableHeaderCell scope="col">Soort</TableHeaderCell>
          <TableHeaderCell scope="col">Status</TableHeaderCell>
          <TableHeaderCell scope="col">Plaats</TableHeaderCell>
          <TableHeaderCell scope="col">Uren per week</TableHeaderCell>
          <TableHeaderCell scope="col">Plekken</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {vacancies.map((vacancy) => (
          <TableRow key={vacancy.id}>
            <TableHeaderCell scope="row">
              <RouterLink to={linkTo(vacancy)}>{vacancy.title}</RouterLink>
            </TableHeaderCell>
            {showEmployer && <TableCell>{vacancy.employer.name}</TableCell>}
            <TableCell>{VACANCY_KIND_LABELS[vacancy.kind]}</TableCell>
            <TableCell>{VACANCY_STATUS_LABELS[vacancy.status]}</TableCell>
            <TableCell>{vacancy.location.city}</TableCell>
            <TableCell>{formatHoursRange(vacancy.hoursMin, vacancy.hoursMax)}</TableCell>
            <TableCell>{vacancy.openings}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
