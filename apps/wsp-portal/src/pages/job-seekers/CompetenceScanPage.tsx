import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { LoadError, RouterLink, usePageTitle } from '@werkbrug/ui';
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { graphql } from '../../gql/index.js';
import type {
  CompetenceScanEditor_CompetenceFragment,
  CompetenceScanPageQuery as CompetenceScanPageData,
} from '../../gql/graphql.js';
import { LoadingPage, QueryErrorPage } from '../../modules/common/components/PageStates.js';
import { todayIso } from '../../modules/common/dates.js';
import { actionErrorFrom } from '../../modules/common/errors.js';
import { personName } from '../../modules/common/format.js';
import {
  CompetenceScanEditor,
  type ScanInput,
} from '../../modules/competence/components/CompetenceScanEditor.js';
import { FILE_FORBIDDEN } from './JobSeekerPage.js';

export const CompetenceScanPageQuery = graphql(`
  query CompetenceScanPage($id: ID!) {
    jobSeeker(id: $id) {
      id
      firstName
      lastName
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
    }
  }
`);

export const CompetenceScanPageTaxonomyQuery = graphql(`
  query CompetenceScanPageTaxonomy($after: String) {
    competences(first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...CompetenceScanEditor_competence
      }
    }
  }
`);

export const SetJobSeekerCompetencesMutation = graphql(`
  mutation SetJobSeekerCompetences($id: ID!, $competences: [JobSeekerCompetenceInput!]!) {
    setJobSeekerCompetences(id: $id, competences: $competences) {
      id
      updatedAt
      competences {
        level
        assessedAt
        competence {
          code
          label
          group
        }
      }
    }
  }
`);

const TITLE = 'Competentiescan';

type JobSeeker = NonNullable<CompetenceScanPageData['jobSeeker']>;

/** The whole taxonomy: the API gives at most 100 a page, so the rest is fetched right after. */
function useTaxonomy() {
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(
    CompetenceScanPageTaxonomyQuery,
    { variables: { after: null }, notifyOnNetworkStatusChange: true },
  );
  const page = data?.competences;
  const fetching = networkStatus === NetworkStatus.fetchMore;
  useEffect(() => {
    if (!page?.pageInfo.hasNextPage || fetching || error) return;
    void fetchMore({
      variables: { after: page.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        competences: {
          ...fetchMoreResult.competences,
          nodes: [...previous.competences.nodes, ...fetchMoreResult.competences.nodes],
        },
      }),
    });
  }, [page, fetching, error, fetchMore]);
  const complete = page && !page.pageInfo.hasNextPage ? page.nodes : null;
  return { competences: complete, error, refetch };
}

function Editor({
  jobSeeker,
  competences,
}: {
  jobSeeker: JobSeeker;
  competences: readonly CompetenceScanEditor_CompetenceFragment[];
}) {
  const name = personName(jobSeeker);
  usePageTitle(`${TITLE} - ${name}`);
  const [save, { loading }] = useMutation(SetJobSeekerCompetencesMutation);

  async function handleSave(input: ScanInput) {
    try {
      await save({ variables: { id: jobSeeker.id, competences: input } });
      return null;
    } catch (error) {
      return actionErrorFrom(error);
    }
  }

  return (
    <>
      <Heading level={1}>Competentiescan van {name}</Heading>
      <Paragraph>
        <RouterLink to={`/inwoners/${jobSeeker.id}`}>Terug naar het dossier</RouterLink>
      </Paragraph>
      {jobSeeker.archivedAt ? (
        <Alert type="info">
          <Paragraph>
            Dit dossier is gearchiveerd; de competentiescan kan niet meer worden gewijzigd.
          </Paragraph>
        </Alert>
      ) : (
        <CompetenceScanEditor
          name={name}
          competences={competences}
          saved={jobSeeker.competences.map(({ level, assessedAt, competence }) => ({
            code: competence.code,
            label: competence.label,
            group: competence.group,
            level,
            assessedAt,
          }))}
          today={todayIso()}
          saving={loading}
          onSave={handleSave}
        />
      )}
    </>
  );
}

/** The competence scan of one file: all groups of the taxonomy, levels 1-5, and the profile. */
export function CompetenceScanPage() {
  const { jobSeekerId = '' } = useParams();
  const file = useQuery(CompetenceScanPageQuery, { variables: { id: jobSeekerId } });
  const taxonomy = useTaxonomy();

  if (file.error && !file.data?.jobSeeker) {
    return (
      <QueryErrorPage
        title={TITLE}
        error={file.error}
        onRetry={() => file.refetch()}
        forbidden={FILE_FORBIDDEN}
      />
    );
  }
  if (taxonomy.error && !taxonomy.competences) {
    return <TaxonomyError error={taxonomy.error} onRetry={() => taxonomy.refetch()} />;
  }
  if (!file.data?.jobSeeker || !taxonomy.competences) return <LoadingPage title={TITLE} />;
  return <Editor jobSeeker={file.data.jobSeeker} competences={taxonomy.competences} />;
}

function TaxonomyError({ error, onRetry }: { error: unknown; onRetry: () => unknown }) {
  usePageTitle(TITLE);
  return (
    <>
      <Heading level={1}>{TITLE}</Heading>
      <LoadError error={error} onRetry={onRetry} />
    </>
  );
}
