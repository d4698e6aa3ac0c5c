import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { COMPETENCE_GROUP_LABELS, COMPETENCE_REQUIREMENT_LABELS } from '@werkbrug/domain-rules';
import { graphql } from '../../../gql/index.js';
import type { VacancyCompetenceTable_VacancyFragment } from '../../../gql/graphql.js';

export const VacancyCompetenceTableFragment = graphql(`
  fragment VacancyCompetenceTable_vacancy on Vacancy {
    competences {
      minLevel
      requirement
      weight
      competence {
        code
        label
        group
      }
    }
  }
`);

export function VacancyCompetenceTable({
  vacancy,
}: {
  vacancy: VacancyCompetenceTable_VacancyFragment;
}) {
  return (
    <Table>
      <TableCaption>Gevraagde competenties</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Competentie</TableHeaderCell>
          <TableHeaderCell scope="col">Groep</TableHeaderCell>
          <TableHeaderCell scope="col">Minimaal niveau</TableHeaderCell>
          <TableHeaderCell scope="col">Vereist of gewenst</TableHeaderCell>
          <TableHeaderCell scope="col">Gewicht</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {vacancy.competences.map(({ competence, minLevel, requirement, weight }) => (
          <TableRow key={competence.code}>
            <TableHeaderCell scope="row">{competence.label}</TableHeaderCell>
            <TableCell>{COMPETENCE_GROUP_LABELS[competence.group]}</TableCell>
            <TableCell>{minLevel}</TableCell>
            <TableCell>{COMPETENCE_REQUIREMENT_LABELS[requirement]}</TableCell>
            <TableCell>{weight}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
