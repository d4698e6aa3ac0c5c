import { useMutation } from '@apollo/client/react';
import {
  Button,
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
import {
  AFTERCARE_KIND_LABELS,
  AFTERCARE_OUTCOME_LABELS,
  CONTACT_CHANNEL_LABELS,
} from '@werkbrug/domain-rules';
import { useRef, useState } from 'react';
import { graphql } from '../../../gql/index.js';
import type {
  AftercareSchedule_PlacementFragment,
  RecordAftercareCheckInInput,
} from '../../../gql/graphql.js';
import { formatDate } from '../../common/dates.js';
import { actionErrorFrom } from '../../common/errors.js';
import { CheckInForm } from './CheckInForm.js';

export const AftercareScheduleFragment = graphql(`
  fragment AftercareSchedule_placement on Placement {
    id
    startDate
    archivedAt
    aftercareCheckIns {
      id
      kind
      dueDate
      status
      completedOn
      outcome
      channel
      note
      completedByName
      overdue
      daysOverdue
    }
  }
`);

export const RecordAftercareCheckInMutation = graphql(`
  mutation RecordAftercareCheckIn($id: ID!, $input: RecordAftercareCheckInInput!) {
    recordAftercareCheckIn(id: $id, input: $input) {
      id
      status
      completedOn
      outcome
      channel
      note
      completedByName
      overdue
      daysOverdue
    }
  }
`);

type CheckIn = NonNullable<AftercareSchedule_PlacementFragment['aftercareCheckIns']>[number];

/** "Te laat (12 dagen)", "Open", "Gedaan op 3 maart 2026", "Vervallen". */
export function checkInStatusText(
  checkIn: Pick<CheckIn, 'status' | 'overdue' | 'daysOverdue' | 'completedOn'>,
): string {
  if (checkIn.status === 'DONE') return `Gedaan op ${formatDate(checkIn.completedOn!)}`;
  if (checkIn.status === 'CANCELLED') return 'Vervallen (na de laatste werkdag)';
  return checkIn.overdue
    ? `Te laat (${checkIn.daysOverdue} ${checkIn.daysOverdue === 1 ? 'dag' : 'dagen'})`
    : 'Open';
}

export interface AftercareScheduleProps {
  placement: AftercareSchedule_PlacementFragment;
  today: string;
}

/** The aftercare moments of a placement, with a form to record each open one. */
export function AftercareSchedule({ placement, today }: AftercareScheduleProps) {
  const [openFor, setOpenFor] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const messageRef = useRef<HTMLDivElement>(null);
  const [record, { loading }] = useMutation(RecordAftercareCheckInMutation, {
    // Whether the placement is at risk, and the task lists, depend on the outcome.
    refetchQueries: ['PlacementPage'],
    update(cache) {
      cache.evict({ fieldName: 'aftercareTasks' });
    },
  });
  const checkIns = placement.aftercareCheckIns ?? [];
  const editable = placement.archivedAt === null;

  async function handleSubmit(checkIn: CheckIn, input: RecordAftercareCheckInInput) {
    try {
      await record({ variables: { id: checkIn.id, input } });
      setOpenFor(null);
      setMessage(
        `Het nazorgcontact '${AFTERCARE_KIND_LABELS[checkIn.kind].toLowerCase()}' is vastgelegd.`,
      );
      messageRef.current?.focus();
      return null;
    } catch (error) {
      return actionErrorFrom(error);
    }
  }

  const open = checkIns.find((checkIn) => checkIn.id === openFor);

  return (
    <section aria-labelledby="nazorg">
      <Heading level={2} id="nazorg">
        Nazorg
      </Heading>
      <div role="status" ref={messageRef} tabIndex={-1}>
        {message && <Paragraph>{message}</Paragraph>}
      </div>
      {checkIns.length === 0 ? (
        <Paragraph>Voor deze plaatsing zijn geen nazorgmomenten gepland.</Paragraph>
      ) : (
        <Table className="werkbrug-table">
          <TableCaption>Nazorgmomenten, de eerste eerst</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Moment</TableHeaderCell>
              <TableHeaderCell scope="col">Gepland op</TableHeaderCell>
              <TableHeaderCell scope="col">Status</TableHeaderCell>
              <TableHeaderCell scope="col">Uitkomst</TableHeaderCell>
              <TableHeaderCell scope="col">Actie</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {checkIns.map((checkIn) => (
              <TableRow key={checkIn.id}>
                <TableHeaderCell scope="row">{AFTERCARE_KIND_LABELS[checkIn.kind]}</TableHeaderCell>
                <TableCell>{formatDate(checkIn.dueDate)}</TableCell>
                <TableCell>{checkInStatusText(checkIn)}</TableCell>
                <TableCell>
                  {checkIn.outcome ? (
                    <>
                      {AFTERCARE_OUTCOME_LABELS[checkIn.outcome]}
                      {checkIn.channel &&
                        ` (${CONTACT_CHANNEL_LABELS[checkIn.channel].toLowerCase()}`}
                      {checkIn.completedByName && `, ${checkIn.completedByName}`}
                      {checkIn.channel && ')'}
                      {checkIn.note && <Paragraph>{checkIn.note}</Paragraph>}
                    </>
                  ) : (
                    'Nog niet bekend'
                  )}
                </TableCell>
                <TableCell>
                  {checkIn.status === 'OPEN' && editable && (
                    <Button
                      appearance="secondary-action-button"
                      aria-expanded={openFor === checkIn.id}
                      aria-label={`Contact vastleggen ${AFTERCARE_KIND_LABELS[checkIn.kind].toLowerCase()}`}
                      onClick={() => setOpenFor(openFor === checkIn.id ? null : checkIn.id)}
                    >
                      Contact vastleggen
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {open && (
        <section aria-labelledby="nazorgcontact-vastleggen">
          <Heading level={3} id="nazorgcontact-vastleggen">
            Nazorgcontact {AFTERCARE_KIND_LABELS[open.kind].toLowerCase()} vastleggen
          </Heading>
          <CheckInForm
            key={open.id}
            idPrefix={`nazorg-${open.kind.toLowerCase()}`}
            title={`Nazorgcontact ${AFTERCARE_KIND_LABELS[open.kind].toLowerCase()}`}
            today={today}
            startDate={placement.startDate}
            saving={loading}
            onSubmit={(input) => handleSubmit(open, input)}
            onCancel={() => setOpenFor(null)}
          />
        </section>
      )}
    </section>
  );
}
