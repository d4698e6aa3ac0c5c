import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { RouterLink, usePageTitle, useViewer } from '@werkbrug/ui';
import { useNavigate, useParams } from 'react-router';
import { graphql } from '../../gql/index.js';
import type {
  JobSeekerProfilePageQuery as JobSeekerProfilePageData,
  UpdateJobSeekerInput,
} from '../../gql/graphql.js';
import { LoadingPage, QueryErrorPage } from '../../modules/common/components/PageStates.js';
import { actionErrorFrom } from '../../modules/common/errors.js';
import { personName } from '../../modules/common/format.js';
import { ProfileForm } from '../../modules/job-seeker/components/ProfileForm.js';
import { FILE_FORBIDDEN, type FileFlash } from './JobSeekerPage.js';

export const JobSeekerProfilePageQuery = graphql(`
  query JobSeekerProfilePage($id: ID!) {
    jobSeeker(id: $id) {
      id
      firstName
      lastName
      archivedAt
      consultant {
        id
      }
      ...ProfileForm_jobSeeker
    }
  }
`);

export const UpdateJobSeekerProfileMutation = graphql(`
  mutation UpdateJobSeekerProfile($id: ID!, $input: UpdateJobSeekerInput!) {
    updateJobSeeker(id: $id, input: $input) {
      id
      updatedAt
      earningCapacityBand
      jongere
      pc4
      ...ProfileForm_jobSeeker
    }
  }
`);

const TITLE = 'Profiel bewerken';

type JobSeeker = NonNullable<JobSeekerProfilePageData['jobSeeker']>;

function Loaded({ jobSeeker }: { jobSeeker: JobSeeker }) {
  const name = personName(jobSeeker);
  usePageTitle(`${TITLE} - ${name}`);
  const viewer = useViewer();
  const navigate = useNavigate();
  const [update, { loading }] = useMutation(UpdateJobSeekerProfileMutation);
  const filePath = `/inwoners/${jobSeeker.id}`;

  async function handleSubmit(input: UpdateJobSeekerInput) {
    try {
      await update({ variables: { id: jobSeeker.id, input } });
      const flash: FileFlash = { saved: 'Het profiel is opgeslagen.' };
      navigate(filePath, { state: flash });
      return null;
    } catch (error) {
      return actionErrorFrom(error);
    }
  }

  return (
    <>
      <Heading level={1}>Profiel van {name} bewerken</Heading>
      <Paragraph>
        <RouterLink to={filePath}>Terug naar het dossier</RouterLink>
      </Paragraph>
      {jobSeeker.archivedAt ? (
        <Alert type="info">
          <Paragraph>Dit dossier is gearchiveerd en kan niet meer worden gewijzigd.</Paragraph>
        </Alert>
      ) : (
        <ProfileForm
          jobSeeker={jobSeeker}
          canEditWorkLimitations={jobSeeker.consultant?.id === viewer.id}
          saving={loading}
          onSubmit={handleSubmit}
          onCancel={() => navigate(filePath)}
        />
      )}
    </>
  );
}

/** Editing the profile of a file: participation, earning capacity, target groups, hours, travel. */
export function JobSeekerProfilePage() {
  const { jobSeekerId = '' } = useParams();
  // The form starts from what the API has now, not from an older copy in the cache.
  const { data, error, refetch } = useQuery(JobSeekerProfilePageQuery, {
    variables: { id: jobSeekerId },
    fetchPolicy: 'network-only',
  });

  if (data?.jobSeeker) return <Loaded jobSeeker={data.jobSeeker} />;
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
