import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { LoadError, LoadingState, RouterLink, usePageTitle } from '@werkbrug/ui';
import { useState } from 'react';
import { useParams } from 'react-router';
import { graphql } from '../../gql/index.js';
import type { JobSeekerVacanciesPageQuery as PageData } from '../../gql/graphql.js';
import { CheckboxField } from '../../modules/common/components/fields.js';
import { LoadingPage, QueryErrorPage } from '../../modules/common/components/PageStates.js';
import { personName } from '../../modules/common/format.js';
import { VacancySuggestionCard } from '../../modules/matching/components/VacancySuggestionCard.js';

export const JobSeekerVacanciesPageQuery = graphql(`
  query JobSeekerVacanciesPage($id: ID!) {
    jobSeeker(id: $id) {
      id
      firstName
      lastName
    }
    introductions(jobSeekerId: $id, first: 100) {
      nodes {
        id
        status
        vacancy {
          id
        }
      }
    }
  }
`);

export const JobSeekerVacancySuggestionsQuery = graphql(`
  query JobSeekerVacancySuggestions(
    $jobSeekerId: ID!
    $first: Int!
    $filters: JobSeekerMatchFilters
  ) {
    jobSeekerMatches(jobSeekerId: $jobSeekerId, first: $first, filters: $filters) {
      vacancy {
        id
      }
      ...VacancySuggestionCard_match
    }
  }
`);

const TITLE = 'Passende vacatures';
const SUGGESTIONS = 20;

function Suggestions({
  jobSeekerId,
  introductions,
  onProposed,
}: {
  jobSeekerId: string;
  introductions: PageData['introductions'];
  onProposed(): void;
}) {
  const [includeOtherRegions, setIncludeOtherRegions] = useState(true);
  const { data, error, loading, refetch } = useQuery(JobSeekerVacancySuggestionsQuery, {
    variables: { jobSeekerId, first: SUGGESTIONS, filters: { includeOtherRegions } },
  });
  const matches = data?.jobSeekerMatches ?? [];
  const statusOf = (vacancyId: string) =>
    introductions.nodes.find((introduction) => introduction.vacancy.id === vacancyId)?.status ??
    null;
  return (
    <>
      <CheckboxField
        id="buiten-regio"
        label="Ook vacatures buiten de regio (binnen de reisafstand)"
        checked={includeOtherRegions}
        onChange={setIncludeOtherRegions}
      />
      <section aria-labelledby="vacatures">
        <Heading level={2} id="vacatures">
          Beste vacatures
        </Heading>
        {error && !data ? (
          <LoadError error={error} onRetry={() => refetch()} />
        ) : loading || !data ? (
          <LoadingState>Bezig met zoeken naar passende vacatures…</LoadingState>
        ) : (
          <>
            <Paragraph role="status">
              {matches.length === 0
                ? 'Er zijn geen passende open vacatures gevonden.'
                : `De ${matches.length} best passende ${matches.length === 1 ? 'vacature' : 'vacatures'}, de beste eerst.`}
            </Paragraph>
            {matches.map((match) => (
              <VacancySuggestionCard
                key={match.vacancy.id}
                match={match}
                jobSeekerId={jobSeekerId}
                introductionStatus={statusOf(match.vacancy.id)}
                onProposed={onProposed}
              />
            ))}
          </>
        )}
      </section>
    </>
  );
}

function Loaded({ data, onProposed }: { data: PageData; onProposed(): void }) {
  const name = personName(data.jobSeeker);
  usePageTitle(`${TITLE} - ${name}`);
  return (
    <>
      <Heading level={1}>Passende vacatures voor {name}</Heading>
      <Paragraph>
        <RouterLink to={`/inwoners/${data.jobSeeker.id}`}>
          Terug naar het dossier van {name}
        </RouterLink>
      </Paragraph>
      <Paragraph>
        De best passende open vacatures, ook in andere arbeidsmarktregio&apos;s zolang de reis past.
        Open de uitleg om te zien waarom een vacature past en wat nog ontbreekt.
      </Paragraph>
      <Suggestions
        jobSeekerId={data.jobSeeker.id}
        introductions={data.introductions}
        onProposed={onProposed}
      />
    </>
  );
}

/** The reverse view of matching: the best vacancies for one job-seeker. */
export function JobSeekerVacanciesPage() {
  const { jobSeekerId = '' } = useParams();
  const { data, error, refetch } = useQuery(JobSeekerVacanciesPageQuery, {
    variables: { id: jobSeekerId },
  });
  if (data) return <Loaded data={data} onProposed={() => void refetch()} />;
  if (error) return <QueryErrorPage title={TITLE} error={error} onRetry={() => refetch()} />;
  return <LoadingPage title={TITLE} />;
}
