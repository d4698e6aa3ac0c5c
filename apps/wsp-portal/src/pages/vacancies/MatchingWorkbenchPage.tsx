import { useQuery } from '@apollo/client/react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { VACANCY_KIND_LABELS } from '@werkbrug/domain-rules';
import { LoadError, LoadingState, RouterLink, usePageTitle } from '@werkbrug/ui';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { graphql } from '../../gql/index.js';
import type {
  MatchingWorkbenchPageQuery as WorkbenchData,
  MatchingWorkbenchSuggestionsQuery as MatchingWorkbenchSuggestionsQueryData,
  VacancyMatchFilters,
} from '../../gql/graphql.js';
import { LoadingPage, QueryErrorPage } from '../../modules/common/components/PageStates.js';
import { formatHoursRange } from '../../modules/common/format.js';
import {
  DEFAULT_MATCH_FILTERS,
  MatchFilterForm,
  type MatchFilters,
} from '../../modules/matching/components/MatchFilterForm.js';
import { MatchComparison } from '../../modules/matching/components/MatchComparison.js';
import { SuggestionCard } from '../../modules/matching/components/SuggestionCard.js';
import { personName } from '../../modules/common/format.js';
import { STAGE_LABELS } from '../../modules/introduction/stages.js';

export const MatchingWorkbenchPageQuery = graphql(`
  query MatchingWorkbenchPage($vacancyId: ID!) {
    vacancy(id: $vacancyId) {
      id
      title
      kind
      status
      hoursMin
      hoursMax
      openings
      employer {
        id
        name
      }
      location {
        id
        city
      }
    }
    introductions(vacancyId: $vacancyId, first: 100) {
      nodes {
        id
        status
        jobSeeker {
          id
        }
      }
    }
  }
`);

export const MatchingWorkbenchSuggestionsQuery = graphql(`
  query MatchingWorkbenchSuggestions($vacancyId: ID!, $first: Int!, $filters: VacancyMatchFilters) {
    vacancyMatches(vacancyId: $vacancyId, first: $first, filters: $filters) {
      __typename
      ... on VacancyMatch {
        ...SuggestionCard_match
      }
    }
  }
`);

const TITLE = 'Matching';
const SUGGESTIONS = 20;
/** Side by side stays readable up to three people. */
const MAX_COMPARED = 3;

type Vacancy = WorkbenchData['vacancy'];
type Introductions = WorkbenchData['introductions'];

/**
 * The filters as the API takes them. Filters not set are left out rather than sent as null: the
 * matching engine refuses a null minScore (INTERNAL_SERVER_ERROR).
 */
function matchFiltersInput(filters: MatchFilters): VacancyMatchFilters {
  return {
    includeOtherRegions: filters.includeOtherRegions,
    ...(filters.maxDistanceKm !== null && { maxDistanceKm: filters.maxDistanceKm }),
    ...(filters.minScore !== null && { minScore: filters.minScore }),
    ...(filters.doelgroepregisterOnly && { doelgroepregisterOnly: true }),
  };
}

type Suggestion = MatchingWorkbenchSuggestionsQueryData['vacancyMatches'][number];

/** Staff get VacancyMatch; the anonymous kind is for employer users. */
function isStaffMatch(
  match: Suggestion,
): match is Extract<Suggestion, { __typename: 'VacancyMatch' }> {
  return match.__typename === 'VacancyMatch';
}

function Suggestions({
  vacancy,
  introductions,
  onProposed,
}: {
  vacancy: Vacancy;
  introductions: Introductions;
  onProposed(): void;
}) {
  const [filters, setFilters] = useState<MatchFilters>(DEFAULT_MATCH_FILTERS);
  const { data, error, loading, refetch } = useQuery(MatchingWorkbenchSuggestionsQuery, {
    variables: {
      vacancyId: vacancy.id,
      first: SUGGESTIONS,
      filters: matchFiltersInput(filters),
    },
  });
  const matches = (data?.vacancyMatches ?? []).filter(isStaffMatch);
  const [selected, setSelected] = useState<string[]>([]);
  const [comparing, setComparing] = useState(false);
  const comparisonRef = useRef<HTMLHeadingElement>(null);
  const compared = selected.flatMap((jobSeekerId) =>
    matches.filter((match) => match.jobSeeker.id === jobSeekerId),
  );

  useEffect(() => {
    if (comparing) comparisonRef.current?.focus();
  }, [comparing]);

  function select(jobSeekerId: string, on: boolean) {
    setComparing(false);
    setSelected((current) =>
      on
        ? [...current, jobSeekerId].slice(0, MAX_COMPARED)
        : current.filter((id) => id !== jobSeekerId),
    );
  }
  const statusOf = (jobSeekerId: string) =>
    introductions.nodes.find((introduction) => introduction.jobSeeker.id === jobSeekerId)?.status ??
    null;

  return (
    <>
      <MatchFilterForm filters={filters} onApply={setFilters} />
      <section aria-labelledby="suggesties">
        <Heading level={2} id="suggesties">
          {STAGE_LABELS.SUGGESTED}: suggesties
        </Heading>
        {error && !data ? (
          <LoadError error={error} onRetry={() => refetch()} />
        ) : loading || !data ? (
          <LoadingState>Bezig met zoeken naar passende inwoners…</LoadingState>
        ) : (
          <>
            <Paragraph role="status">
              {matches.length === 0
                ? 'Er zijn geen passende inwoners gevonden. Verruim de filters, of kijk of de gevraagde competenties niet te streng zijn.'
                : `De ${matches.length} best passende ${matches.length === 1 ? 'inwoner' : 'inwoners'}, de beste eerst.`}
            </Paragraph>
            {matches.length > 1 && (
              <div className="werkbrug-confirm">
                <Paragraph id="vergelijken-uitleg">
                  Kies 2 of 3 inwoners om ze naast elkaar te vergelijken ({compared.length}{' '}
                  gekozen).
                </Paragraph>
                <Button
                  appearance="secondary-action-button"
                  aria-describedby="vergelijken-uitleg"
                  disabled={compared.length < 2}
                  onClick={() => setComparing(true)}
                >
                  Vergelijken
                </Button>
              </div>
            )}
            {comparing && compared.length >= 2 && (
              <section aria-labelledby="vergelijking" className="werkbrug-card">
                <Heading level={3} id="vergelijking" ref={comparisonRef} tabIndex={-1}>
                  Vergelijking
                </Heading>
                <MatchComparison
                  matches={compared.map((match) => ({
                    id: match.jobSeeker.id,
                    name: personName(match.jobSeeker),
                    score: match.score,
                    explanation: match.explanation,
                  }))}
                />
                <Button appearance="subtle-button" onClick={() => setComparing(false)}>
                  Vergelijking sluiten
                </Button>
              </section>
            )}
            {matches.map((match) => (
              <SuggestionCard
                key={match.jobSeeker.id}
                match={match}
                vacancyId={vacancy.id}
                introductionStatus={statusOf(match.jobSeeker.id)}
                onProposed={onProposed}
                selected={selected.includes(match.jobSeeker.id)}
                selectable={selected.length < MAX_COMPARED}
                onSelectedChange={(on) => select(match.jobSeeker.id, on)}
              />
            ))}
          </>
        )}
      </section>
    </>
  );
}

function Loaded({
  vacancy,
  introductions,
  onProposed,
}: {
  vacancy: Vacancy;
  introductions: Introductions;
  onProposed(): void;
}) {
  usePageTitle(`${TITLE} - ${vacancy.title}`);
  return (
    <>
      <Heading level={1}>Kandidaten voor {vacancy.title}</Heading>
      <Paragraph>
        <RouterLink to={`/vacatures/${vacancy.id}`}>{vacancy.title}</RouterLink> bij{' '}
        <RouterLink to={`/werkgevers/${vacancy.employer.id}`}>{vacancy.employer.name}</RouterLink> ·{' '}
        {VACANCY_KIND_LABELS[vacancy.kind]} · {vacancy.location.city} ·{' '}
        {formatHoursRange(vacancy.hoursMin, vacancy.hoursMax)} · {vacancy.openings}{' '}
        {vacancy.openings === 1 ? 'plek' : 'plekken'}
      </Paragraph>
      <Paragraph>
        Inwoners zonder toestemming, met een verlopen beschikbaarheid of die te ver weg wonen,
        worden niet voorgesteld. Open de uitleg om te zien waarom iemand past en wat nog ontbreekt.
      </Paragraph>
      <Suggestions vacancy={vacancy} introductions={introductions} onProposed={onProposed} />
    </>
  );
}

/** The matching workbench of one vacancy: ranked, explained suggestions to put forward. */
export function MatchingWorkbenchPage() {
  const { vacancyId = '' } = useParams();
  const { data, error, refetch } = useQuery(MatchingWorkbenchPageQuery, {
    variables: { vacancyId },
  });

  if (data) {
    return (
      <Loaded
        vacancy={data.vacancy}
        introductions={data.introductions}
        onProposed={() => void refetch()}
      />
    );
  }
  if (error) return <QueryErrorPage title={TITLE} error={error} onRetry={() => refetch()} />;
  return <LoadingPage title={TITLE} />;
}
