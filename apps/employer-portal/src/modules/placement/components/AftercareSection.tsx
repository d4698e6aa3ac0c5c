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
import { AFTERCARE_KIND_LABELS, AFTERCARE_STATUS_LABELS } from '@werkbrug/domain-rules';
import { formatDate } from '@werkbrug/ui';
import { graphql } from '../../../gql/index.js';
import type { AftercareSection_PlacementFragment } from '../../../gql/graphql.js';

export const AftercareSectionFragment = graphql(`
  fragment AftercareSection_placement on Placement {
    aftercareMoments {
      id
      dueDate
      kind
      status
      completedOn
    }
  }
`);

/** The aftercare contact moments the WSP plans with the employer after a placement (nazorg). */
export function AftercareSection({ placement }: { placement: AftercareSection_PlacementFragment }) {
  const moments = placement.aftercareMoments;
  return (
    <section aria-labelledby="nazorg">
      <Heading level={2} id="nazorg">
        Nazorg
      </Heading>
      {moments.length === 0 ? (
        <Paragraph>Er zijn (nog) geen nazorgmomenten gepland.</Paragraph>
      ) : (
        <Table>
          <TableCaption>Contactmomenten met het werkgeversservicepunt</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Moment</TableHeaderCell>
              <TableHeaderCell scope="col">Gepland op</TableHeaderCell>
              <TableHeaderCell scope="col">Status</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {moments.map((moment) => (
              <TableRow key={moment.id}>
                <TableHeaderCell scope="row">{AFTERCARE_KIND_LABELS[moment.kind]}</TableHeaderCell>
                <TableCell>{formatDate(moment.dueDate)}</TableCell>
                <TableCell>
                  {AFTERCARE_STATUS_LABELS[moment.status]}
                  {moment.completedOn && ` (${formatDate(moment.completedOn)})`}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
