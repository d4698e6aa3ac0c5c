import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { RouterLink } from '@werkbrug/ui';
import { graphql } from '../../../gql/index.js';
import type { JobSeekerTable_JobSeekerFragment } from '../../../gql/graphql.js';
import { personName } from '../../common/format.js';
import { availabilityAgeText, isAvailabilityStale } from '../availability.js';
import { bandLabel, consentLabel, targetGroups } from '../labels.js';
import { ConfirmAvailabilityButton } from './ConfirmAvailabilityButton.js';

export const JobSeekerTableFragment = graphql(`
  fragment JobSeekerTable_jobSeeker on JobSeeker {
    id
    firstName
    lastName
    candidateNumber
    municipality {
      code
      name
    }
    earningCapacityBand
    consentStatus
    doelgroepregister
    indicatieBeschutWerk
    wswOud
    statushouder
    jongere
    availabilityConfirmedAt
  }
`);

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const linkId = (jobSeekerId: string) => `inwoner-${jobSeekerId}`;

export interface JobSeekerTableProps {
  caption: string;
  jobSeekers: readonly JobSeekerTable_JobSeekerFragment[];
  today: string;
  /** Offers one-click confirmation of out-of-date availability (consultants). */
  canConfirm: boolean;
  onAnnounce(message: string): void;
  onConfirmed?(jobSeekerId: string): void;
}

/** Files as a table: who, where, band, consent, target groups and how fresh the availability is. */
export function JobSeekerTable({
  caption,
  jobSeekers,
  today,
  canConfirm,
  onAnnounce,
  onConfirmed,
}: JobSeekerTableProps) {
  return (
    <Table className="werkbrug-table">
      <TableCaption>{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Naam</TableHeaderCell>
          <TableHeaderCell scope="col">Kandidaatnummer</TableHeaderCell>
          <TableHeaderCell scope="col">Gemeente</TableHeaderCell>
          <TableHeaderCell scope="col">Verdiencapaciteit</TableHeaderCell>
          <TableHeaderCell scope="col">Toestemming</TableHeaderCell>
          <TableHeaderCell scope="col">Doelgroep</TableHeaderCell>
          <TableHeaderCell scope="col">Beschikbaarheid</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {jobSeekers.map((jobSeeker) => {
          const name = personName(jobSeeker);
          const stale = isAvailabilityStale(jobSeeker.availabilityConfirmedAt, today);
          return (
            <TableRow key={jobSeeker.id}>
              <TableHeaderCell scope="row">
                <RouterLink id={linkId(jobSeeker.id)} to={`/inwoners/${jobSeeker.id}`}>
                  {name}
                </RouterLink>
              </TableHeaderCell>
              <TableCell>{jobSeeker.candidateNumber}</TableCell>
              <TableCell>{jobSeeker.municipality.name}</TableCell>
              <TableCell>{bandLabel(jobSeeker.earningCapacityBand)}</TableCell>
              <TableCell>{consentLabel(jobSeeker.consentStatus)}</TableCell>
              <TableCell>{targetGroups(jobSeeker).join(', ') || 'Geen'}</TableCell>
              <TableCell>
                {stale ? (
                  <strong>
                    Verlopen:{' '}
                    {lowerFirst(availabilityAgeText(jobSeeker.availabilityConfirmedAt, today))}
                  </strong>
                ) : (
                  availabilityAgeText(jobSeeker.availabilityConfirmedAt, today)
                )}
                {stale && canConfirm && (
                  <div className="werkbrug-table__action">
                    <ConfirmAvailabilityButton
                      jobSeekerId={jobSeeker.id}
                      name={name}
                      onConfirmed={(message) => {
                        onConfirmed?.(jobSeeker.id);
                        onAnnounce(message);
                        // The button goes away: keep keyboard users on this row.
                        document.getElementById(linkId(jobSeeker.id))?.focus();
                      }}
                      onFailed={onAnnounce}
                    />
                  </div>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
