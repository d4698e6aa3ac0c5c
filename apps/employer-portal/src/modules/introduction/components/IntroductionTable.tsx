import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { formatDate, RouterLink } from '@werkbrug/ui';
import { graphql } from '../../../gql/index.js';
import type { IntroductionTable_IntroductionFragment } from '../../../gql/graphql.js';
import { candidateName } from '../candidateName.js';
import { IntroductionStatusBadge } from './IntroductionStatusBadge.js';

export const IntroductionTableFragment = graphql(`
  fragment IntroductionTable_introduction on EmployerIntroduction {
    id
    candidateLabel
    status
    createdAt
    candidate {
      firstName
      lastName
    }
    vacancy {
      id
      title
    }
  }
`);

export interface IntroductionTableProps {
  caption: string;
  introductions: readonly IntroductionTable_IntroductionFragment[];
  /** Leave out on a vacancy's own page, where every row is about the same vacancy. */
  showVacancy?: boolean;
}

/** Candidates put forward: anonymous ("Kandidaat 4711") until introduced, then by name. */
export function IntroductionTable({
  caption,
  introductions,
  showVacancy = true,
}: IntroductionTableProps) {
  return (
    <Table>
      <TableCaption>{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Kandidaat</TableHeaderCell>
          {showVacancy && <TableHeaderCell scope="col">Vacature</TableHeaderCell>}
          <TableHeaderCell scope="col">Status</TableHeaderCell>
          <TableHeaderCell scope="col">Voorgedragen op</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {introductions.map((introduction) => (
          <TableRow key={introduction.id}>
            <TableHeaderCell scope="row">
              <RouterLink to={`/voorstellen/${introduction.id}`}>
                {candidateName(introduction)}
              </RouterLink>
            </TableHeaderCell>
            {showVacancy && (
              <TableCell>
                <RouterLink to={`/vacatures/${introduction.vacancy.id}`}>
                  {introduction.vacancy.title}
                </RouterLink>
              </TableCell>
            )}
            <TableCell>
              <IntroductionStatusBadge status={introduction.status} />
            </TableCell>
            <TableCell>{formatDate(introduction.createdAt)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
