import { Alert, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { WORK_SECTOR_LABELS } from '@werkbrug/domain-rules';
import { RouterButtonLink, RouterLink } from '@werkbrug/ui';
import { graphql } from '../../../gql/index.js';
import type { JobSeekerFile_JobSeekerFragment } from '../../../gql/graphql.js';
import { Facts } from '../../common/components/Facts.js';
import { formatDate } from '../../common/dates.js';
import { personName } from '../../common/format.js';
import { CompetenceProfileChart } from '../../competence/components/CompetenceProfileChart.js';
import {
  bandLabel,
  clientProfileLabel,
  participationStepDescription,
  participationStepLabel,
  perspectiveGroupLabel,
  targetGroups,
} from '../labels.js';
import { AvailabilityPanel } from './AvailabilityPanel.js';
import { ConsentPanel } from './ConsentPanel.js';

export const JobSeekerFileFragment = graphql(`
  fragment JobSeekerFile_jobSeeker on JobSeeker {
    id
    firstName
    lastName
    candidateNumber
    bsnMasked
    birthDate
    email
    phone
    postcode
    municipality {
      code
      name
    }
    regionCode
    consultant {
      id
      displayName
    }
    participationStep
    earningCapacityPercent
    earningCapacityBand
    loonwaardePercent
    clientProfile
    perspectiveGroup
    doelgroepregister
    indicatieBeschutWerk
    wswOud
    statushouder
    jongere
    sectorPreferences
    workLimitations
    archivedAt
    competences {
      level
      assessedAt
      competence {
        code
        label
        group
      }
    }
    ...AvailabilityPanel_jobSeeker
    ...ConsentPanel_jobSeeker
  }
`);

export interface JobSeekerFileProps {
  jobSeeker: JobSeekerFile_JobSeekerFragment;
  today: string;
  /** Consultants change files; account managers read them. */
  canEdit: boolean;
}

/** The whole file of a job-seeker, as far as the API shows it to this user. */
export function JobSeekerFile({ jobSeeker, today, canEdit }: JobSeekerFileProps) {
  const name = personName(jobSeeker);
  const groups = targetGroups(jobSeeker);
  const editable = canEdit && jobSeeker.archivedAt === null;
  const sectors = jobSeeker.sectorPreferences.map((sector) => WORK_SECTOR_LABELS[sector]);

  return (
    <>
      <Heading level={1}>{name}</Heading>
      <Paragraph>
        Kandidaat {jobSeeker.candidateNumber} · {jobSeeker.municipality.name}
        {jobSeeker.consultant ? ` · consulent ${jobSeeker.consultant.displayName}` : ''}
      </Paragraph>
      {jobSeeker.archivedAt && (
        <Alert type="info">
          <Paragraph>Dit dossier is gearchiveerd en kan niet meer worden gewijzigd.</Paragraph>
        </Alert>
      )}
      {editable && (
        <ButtonGroup>
          <RouterButtonLink
            appearance="primary-action-button"
            to={`/inwoners/${jobSeeker.id}/competentiescan`}
          >
            Competentiescan bewerken
          </RouterButtonLink>
          <RouterButtonLink
            appearance="secondary-action-button"
            to={`/inwoners/${jobSeeker.id}/profiel`}
          >
            Profiel bewerken
          </RouterButtonLink>
        </ButtonGroup>
      )}
      {!jobSeeker.archivedAt && (
        <Paragraph>
          <RouterLink to={`/inwoners/${jobSeeker.id}/vacatures`}>
            Passende vacatures bekijken
          </RouterLink>
        </Paragraph>
      )}

      <section aria-labelledby="persoonsgegevens">
        <Heading level={2} id="persoonsgegevens">
          Persoonsgegevens
        </Heading>
        <Facts
          facts={[
            { label: 'Naam', value: name },
            { label: 'Kandidaatnummer', value: String(jobSeeker.candidateNumber) },
            ...(jobSeeker.bsnMasked ? [{ label: 'BSN', value: jobSeeker.bsnMasked }] : []),
            {
              label: 'Geboortedatum',
              value: jobSeeker.birthDate ? formatDate(jobSeeker.birthDate) : 'Niet bekend',
            },
            { label: 'Postcode', value: jobSeeker.postcode },
            { label: 'Gemeente', value: jobSeeker.municipality.name },
            { label: 'E-mailadres', value: jobSeeker.email ?? 'Niet bekend' },
            { label: 'Telefoonnummer', value: jobSeeker.phone ?? 'Niet bekend' },
            { label: 'Consulent', value: jobSeeker.consultant?.displayName ?? 'Geen' },
          ]}
        />
      </section>

      <section aria-labelledby="perspectief">
        <Heading level={2} id="perspectief">
          Participatie en verdiencapaciteit
        </Heading>
        <Facts
          facts={[
            {
              label: 'Participatieladder',
              value: `${participationStepLabel(jobSeeker.participationStep)}. ${participationStepDescription(jobSeeker.participationStep)}`,
            },
            {
              label: 'Verdiencapaciteit',
              value: `${jobSeeker.earningCapacityPercent} % van het minimumloon: ${bandLabel(jobSeeker.earningCapacityBand)}`,
            },
            {
              label: 'Loonwaarde',
              value:
                jobSeeker.loonwaardePercent === null
                  ? 'Niet gemeten'
                  : `${jobSeeker.loonwaardePercent} %`,
            },
            { label: 'Klantprofiel', value: clientProfileLabel(jobSeeker.clientProfile) },
            { label: 'Perspectief', value: perspectiveGroupLabel(jobSeeker.perspectiveGroup) },
            { label: 'Doelgroep', value: groups.length > 0 ? groups.join(', ') : 'Geen' },
            {
              label: 'Voorkeur voor sectoren',
              value: sectors.length > 0 ? sectors.join(', ') : 'Geen',
            },
          ]}
        />
      </section>

      <AvailabilityPanel jobSeeker={jobSeeker} today={today} canConfirm={editable} />

      <CompetenceProfileChart
        title="Competenties"
        competences={jobSeeker.competences.map(({ level, competence }) => ({
          ...competence,
          level,
        }))}
      />

      <ConsentPanel jobSeeker={jobSeeker} canRecord={canEdit} />

      {jobSeeker.workLimitations !== null && (
        <section aria-labelledby="beperkingen">
          <Heading level={2} id="beperkingen">
            Arbeidsbeperkingen
          </Heading>
          <Paragraph>
            Alleen zichtbaar voor u als consulent van dit dossier. Deel dit niet met werkgevers.
          </Paragraph>
          <Paragraph>{jobSeeker.workLimitations || 'Geen beperkingen vastgelegd.'}</Paragraph>
        </section>
      )}
    </>
  );
}
