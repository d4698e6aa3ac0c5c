import { useMutation } from '@apollo/client/react';
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { formErrorFrom } from '@werkbrug/ui';
import { useState } from 'react';
import type { VacancyStatus } from '../../../gql/graphql.js';
import { ChangeVacancyStatusMutation } from '../graphql/vacancy.js';

interface StatusAction {
  to: VacancyStatus;
  label: string;
  done: string;
}

const PUBLISH: StatusAction = {
  to: 'OPEN',
  label: 'Publiceren',
  done: 'De vacature is gepubliceerd. Het werkgeversservicepunt gaat op zoek naar kandidaten.',
};
const REOPEN: StatusAction = { to: 'OPEN', label: 'Heropenen', done: 'De vacature is weer open.' };
const CLOSE: StatusAction = {
  to: 'CLOSED',
  label: 'Sluiten',
  done: 'De vacature is gesloten. U kunt haar later weer openen.',
};

/** What an employer may do next; only the WSP marks a vacancy as filled. */
export const STATUS_ACTIONS: Readonly<Record<VacancyStatus, readonly StatusAction[]>> = {
  DRAFT: [PUBLISH, CLOSE],
  OPEN: [CLOSE],
  FILLED: [REOPEN, CLOSE],
  CLOSED: [REOPEN],
};

export function VacancyStatusActions({ id, status }: { id: string; status: VacancyStatus }) {
  const [changeStatus, { loading }] = useMutation(ChangeVacancyStatusMutation);
  const [result, setResult] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);

  async function run(action: StatusAction) {
    setResult(null);
    try {
      await changeStatus({ variables: { id, status: action.to } });
      setResult({ type: 'ok', text: action.done });
    } catch (caught) {
      setResult({ type: 'error', text: formErrorFrom(caught).message });
    }
  }

  return (
    <>
      {result && (
        <Alert type={result.type}>
          <Paragraph>{result.text}</Paragraph>
        </Alert>
      )}
      <ButtonGroup>
        {STATUS_ACTIONS[status].map((action) => (
          <Button
            key={action.label}
            appearance={action.to === 'OPEN' ? 'primary-action-button' : 'secondary-action-button'}
            busy={loading}
            onClick={() => void run(action)}
          >
            {action.label}
          </Button>
        ))}
      </ButtonGroup>
    </>
  );
}
