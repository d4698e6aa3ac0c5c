import { useMutation } from '@apollo/client/react';
import { Button } from '@utrecht/component-library-react';
import { graphql } from '../../../gql/index.js';
import { actionErrorFrom } from '../../common/errors.js';

export const ConfirmJobSeekerAvailabilityMutation = graphql(`
  mutation ConfirmJobSeekerAvailability($id: ID!) {
    confirmJobSeekerAvailability(id: $id) {
      id
      availabilityConfirmedAt
      updatedAt
    }
  }
`);

export interface ConfirmAvailabilityButtonProps {
  jobSeekerId: string;
  /** Whose availability, for the button's accessible name, e.g. "Jan de Vries". */
  name: string;
  onConfirmed(message: string): void;
  onFailed(message: string): void;
}

/** One click records that the job-seeker confirmed their availability today. */
export function ConfirmAvailabilityButton({
  jobSeekerId,
  name,
  onConfirmed,
  onFailed,
}: ConfirmAvailabilityButtonProps) {
  const [confirm, { loading }] = useMutation(ConfirmJobSeekerAvailabilityMutation);

  async function handleClick() {
    if (loading) return;
    try {
      await confirm({ variables: { id: jobSeekerId } });
      onConfirmed(`De beschikbaarheid van ${name} is bevestigd.`);
    } catch (error) {
      onFailed(`Bevestigen voor ${name} is niet gelukt. ${actionErrorFrom(error).message}`);
    }
  }

  return (
    <Button
      appearance="secondary-action-button"
      busy={loading}
      aria-label={`Bevestigen: beschikbaarheid van ${name}`}
      onClick={handleClick}
    >
      Bevestigen
    </Button>
  );
}
