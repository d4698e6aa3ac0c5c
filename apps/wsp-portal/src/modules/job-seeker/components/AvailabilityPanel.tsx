import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { TRANSPORT_MODE_LABELS } from '@werkbrug/domain-rules';
import { useRef, useState } from 'react';
import { graphql } from '../../../gql/index.js';
import type { AvailabilityPanel_JobSeekerFragment } from '../../../gql/graphql.js';
import { Facts } from '../../common/components/Facts.js';
import { formatDate } from '../../common/dates.js';
import { formatHours, formatKm, personName, yesNo } from '../../common/format.js';
import { availabilityAgeText, isAvailabilityStale } from '../availability.js';
import { ConfirmAvailabilityButton } from './ConfirmAvailabilityButton.js';

export const AvailabilityPanelFragment = graphql(`
  fragment AvailabilityPanel_jobSeeker on JobSeeker {
    id
    firstName
    lastName
    hoursAvailable
    availabilityConfirmedAt
    maxTravelKm
    maxTravelMinutes
    transportModes
    hasDrivingLicence
    archivedAt
  }
`);

export interface AvailabilityPanelProps {
  jobSeeker: AvailabilityPanel_JobSeekerFragment;
  today: string;
  canConfirm: boolean;
}

/** Hours, travel, and whether the availability is still confirmed (with one-click confirmation). */
export function AvailabilityPanel({ jobSeeker, today, canConfirm }: AvailabilityPanelProps) {
  const [message, setMessage] = useState('');
  const messageRef = useRef<HTMLDivElement>(null);
  const stale = isAvailabilityStale(jobSeeker.availabilityConfirmedAt, today);
  const confirmedAt = jobSeeker.availabilityConfirmedAt;
  const transport = jobSeeker.transportModes.map((mode) => TRANSPORT_MODE_LABELS[mode]).join(', ');

  return (
    <section aria-labelledby="beschikbaarheid">
      <Heading level={2} id="beschikbaarheid">
        Beschikbaarheid en reizen
      </Heading>
      {stale && (
        <Alert type="warning" role="status">
          <Paragraph>
            De beschikbaarheid is langer dan 90 dagen niet bevestigd (
            {availabilityAgeText(confirmedAt, today).toLowerCase()}). Vraag de inwoner of de uren
            nog kloppen.
          </Paragraph>
          {canConfirm && jobSeeker.archivedAt === null && (
            <ConfirmAvailabilityButton
              jobSeekerId={jobSeeker.id}
              name={personName(jobSeeker)}
              onConfirmed={(confirmed) => {
                setMessage(confirmed);
                // The warning and its button go away: keep the user at the outcome.
                messageRef.current?.focus();
              }}
              onFailed={setMessage}
            />
          )}
        </Alert>
      )}
      <div role="status" ref={messageRef} tabIndex={-1}>
        {message && <Paragraph>{message}</Paragraph>}
      </div>
      <Facts
        facts={[
          { label: 'Uren per week', value: formatHours(jobSeeker.hoursAvailable) },
          {
            label: 'Beschikbaarheid bevestigd',
            value: confirmedAt
              ? `${formatDate(confirmedAt)} (${availabilityAgeText(confirmedAt, today).toLowerCase()})`
              : 'Nooit',
          },
          { label: 'Reisafstand (enkele reis)', value: `Tot ${formatKm(jobSeeker.maxTravelKm)}` },
          { label: 'Reistijd (enkele reis)', value: `Tot ${jobSeeker.maxTravelMinutes} minuten` },
          { label: 'Vervoer', value: transport || 'Niet opgegeven' },
          { label: 'Rijbewijs', value: yesNo(jobSeeker.hasDrivingLicence) },
        ]}
      />
    </section>
  );
}
