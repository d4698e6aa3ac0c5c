import { useQuery } from '@apollo/client/react';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { usePageTitle } from '@werkbrug/ui';
import { useLocation, useParams } from 'react-router';
import { useHasRole } from '../../app/RequireRole.js';
import { graphql } from '../../gql/index.js';
import type {
  JobSeekerFile_JobSeekerFragment,
  JobSeekerPageQuery as JobSeekerPageData,
} from '../../gql/graphql.js';
import { LoadingPage, QueryErrorPage } from '../../modules/common/components/PageStates.js';
import { todayIso } from '../../modules/common/dates.js';
import { personName } from '../../modules/common/format.js';
import { Pipeline } from '../../modules/introduction/components/Pipeline.js';
import { BenefitExitPanel } from '../../modules/job-seeker/components/BenefitExitPanel.js';
import { JobSeekerFile } from '../../modules/job-seeker/components/JobSeekerFile.js';

export const JobSeekerPageQuery = graphql(`
  query JobSeekerPage($id: ID!) {
    jobSeeker(id: $id) {
      id
      ...JobSeekerFile_jobSeeker
    }
    introductions(jobSeekerId: $id, first: 100) {
      totalCount
      nodes {
        ...IntroductionCard_introduction
      }
    }
  }
`);

const TITLE = 'Dossier';

/** Why a file may not be opened: it belongs to another region (or the role reads no files). */
export const FILE_FORBIDDEN = (
  <Paragraph>
    U heeft geen toegang tot dit dossier. U ziet alleen dossiers van inwoners in de regio&apos;s
    waarvoor u werkt.
  </Paragraph>
);

/** What a page that changed the file tells the file page to show, in the location state. */
export interface FileFlash {
  saved?: string;
}

function Loaded({
  jobSeeker,
  introductions,
}: {
  jobSeeker: JobSeekerFile_JobSeekerFragment;
  introductions: JobSeekerPageData['introductions'];
}) {
  usePageTitle(`${personName(jobSeeker)} - ${TITLE}`);
  const canEdit = useHasRole('CONSULTANT');
  const saved = (useLocation().state as FileFlash | null)?.saved;
  return (
    <>
      {saved && (
        <Alert type="ok">
          <Paragraph>{saved}</Paragraph>
        </Alert>
      )}
      <JobSeekerFile jobSeeker={jobSeeker} today={todayIso()} canEdit={canEdit} />
      <section aria-labelledby="introducties">
        <Heading level={2} id="introducties">
          Introducties ({introductions.totalCount})
        </Heading>
        <Pipeline
          introductions={introductions.nodes}
          subject="vacancy"
          empty="Deze inwoner is nog niet voorgedragen voor een vacature."
        />
      </section>
      <BenefitExitPanel jobSeekerId={jobSeeker.id} canRecord={canEdit} />
    </>
  );
}

/** A job-seeker's file: the whole profile, availability, competences and consent. */
export function JobSeekerPage() {
  const { jobSeekerId = '' } = useParams();
  const { data, error, refetch } = useQuery(JobSeekerPageQuery, { variables: { id: jobSeekerId } });

  if (data?.jobSeeker)
    return <Loaded jobSeeker={data.jobSeeker} introductions={data.introductions} />;
  if (error) {
    return (
      <QueryErrorPage
        title={TITLE}
        error={error}
        onRetry={() => refetch()}
        forbidden={FILE_FORBIDDEN}
      />
    );
  }
  return <LoadingPage title={TITLE} />;
}
