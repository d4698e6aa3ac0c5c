import { useQuery } from '@apollo/client/react';
import {
  Checkbox,
  FormField,
  FormLabel,
  Heading,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import {
  errorCodeOf,
  Field,
  formErrorFrom,
  isNotFound,
  LoadError,
  LoadingState,
  NotFoundPage,
  RouterLink,
  usePageTitle,
} from '@werkbrug/ui';
import { useState } from 'react';
import { useParams } from 'react-router';
import { graphql } from '../../gql/index.js';
import type { CandidateCard_MatchFragment } from '../../gql/graphql.js';
import { CandidateCard } from '../../modules/candidate/components/CandidateCard.js';
import { DISTANCE_FILTERS } from '../../modules/candidate/distanceFilters.js';
import { IntroductionRequestForm } from '../../modules/introduction/components/IntroductionRequestForm.js';
import { useEmployerId } from '../../modules/session/hooks/useEmployerId.js';
import { formatHours } from '../../modules/vacancy/format.js';

export const VacancyCandidatesPageQuery = graphql(`
  query VacancyCandidatesPage($id: ID!, $employerId: ID!) {
    vacancy(id: $id) {
      id
      title
      status
      hoursMin
      hoursMax
    }
    employer(id: $employerId) {
      id
      accountManager {
        id
        displayName
        email
      }
    }
  }
`);

/** Separate from the vacancy: a vacancy that cannot be matched (a draft) still shows its page. */
export const VacancyCandidatesMatchesQuery = graphql(`
  query VacancyCandidatesMatches($vacancyId: ID!, $maxDistanceKm: Float) {
    vacancyMatches(vacancyId: $vacancyId, first: 20, filters: { maxDistanceKm: $maxDistanceKm }) {
      __typename
      ... on AnonymousCandidateMatch {
        candidateNumber
        ...CandidateCard_match
      }
    }
  }
`);

type Match = CandidateCard_MatchFragment & { __typename: 'AnonymousCandidateMatch' };

const isAnonymous = (match: { __typename: string }): match is Match =>
  match.__typename === 'AnonymousCandidateMatch';

const CANDIDATES_FIELD_ID = 'kandidaten-keuze';

/** Today in the Netherlands as YYYY-MM-DD. */
const todayIso = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });

export function VacancyCandidatesPage() {
  const { id = '' } = useParams();
  const employerId = useEmployerId();
  const [maxDistance, setMaxDistance] = useState('');
  const [selected, setSelected] = useState<number[]>([]);
  const page = useQuery(VacancyCandidatesPageQuery, { variables: { id, employerId } });
  const matches = useQuery(VacancyCandidatesMatchesQuery, {
    variables: { vacancyId: id, maxDistanceKm: maxDistance === '' ? null : Number(maxDistance) },
    fetchPolicy: 'cache-and-network',
  });
  const vacancy = page.data?.vacancy;
  usePageTitle(vacancy ? `Kandidaten voor ${vacancy.title}` : 'Kandidaten');

  if (!vacancy) {
    if (page.error && isNotFound(page.error)) return <NotFoundPage />;
    return (
      <>
        <Heading level={1}>Kandidaten</Heading>
        {page.error ? <LoadError /> : <LoadingState />}
      </>
    );
  }

  const manager = page.data?.employer.accountManager;
  const candidates = (matches.data?.vacancyMatches ?? []).filter(isAnonymous);
  const notMatchable = matches.error && errorCodeOf(matches.error) !== null;

  return (
    <>
      <Paragraph>
        <RouterLink to={`/vacatures/${vacancy.id}`}>Terug naar {vacancy.title}</RouterLink>
      </Paragraph>
      <Heading level={1}>Kandidaten voor {vacancy.title}</Heading>
      <Paragraph>
        Dit zijn inwoners uit de regio die passen bij uw vacature en die toestemming gaven om hun
        profiel anoniem te laten zien. U ziet hoe goed zij passen, niet wie zij zijn.
      </Paragraph>
      <Paragraph>
        Wilt u kennismaken? Vink de kandidaten aan en vraag onderaan een kennismaking aan. Het
        werkgeversservicepunt{manager ? ` (uw accountmanager ${manager.displayName})` : ''} vraagt
        de kandidaat eerst om toestemming; daarna ziet u wie het is.
      </Paragraph>
      <Field id="kandidaten-afstand" label="Toon kandidaten die wonen">
        {(control) => (
          <Select
            {...control}
            value={maxDistance}
            onChange={(event) => setMaxDistance(event.target.value)}
          >
            <SelectOption value="">Op elke afstand binnen hun reisgrens</SelectOption>
            {DISTANCE_FILTERS.map((km) => (
              <SelectOption key={km} value={String(km)}>
                Binnen {km} km
              </SelectOption>
            ))}
          </Select>
        )}
      </Field>
      {matches.data ? (
        <>
          <Paragraph role="status">
            {candidates.length === 0
              ? 'Er zijn nu geen passende kandidaten die hun profiel laten zien. Het werkgeversservicepunt zoekt verder.'
              : `${candidates.length} passende ${candidates.length === 1 ? 'kandidaat' : 'kandidaten'}, de best passende eerst.`}
          </Paragraph>
          <div id={CANDIDATES_FIELD_ID} tabIndex={-1} className="werkbrug-stack">
            {candidates.map((match) => (
              <CandidateCard
                key={match.candidateNumber}
                match={match}
                vacancyHours={formatHours(vacancy)}
                selection={
                  <FormField type="checkbox">
                    <Checkbox
                      id={`kies-${match.candidateNumber}`}
                      checked={selected.includes(match.candidateNumber)}
                      onChange={(event) => {
                        const checked = event.target.checked;
                        setSelected((current) =>
                          checked
                            ? [...current, match.candidateNumber]
                            : current.filter((n) => n !== match.candidateNumber),
                        );
                      }}
                    />
                    <FormLabel htmlFor={`kies-${match.candidateNumber}`} type="checkbox">
                      Kies {match.candidateLabel} voor een kennismaking
                    </FormLabel>
                  </FormField>
                }
              />
            ))}
          </div>
          {candidates.length > 0 && vacancy.status === 'OPEN' && (
            <IntroductionRequestForm
              vacancyId={vacancy.id}
              selected={candidates.filter((match) => selected.includes(match.candidateNumber))}
              candidatesFieldId={CANDIDATES_FIELD_ID}
              today={todayIso()}
              onRequested={() => setSelected([])}
            />
          )}
        </>
      ) : matches.error ? (
        <LoadError>
          {notMatchable
            ? formErrorFrom(matches.error).message
            : 'De kandidaten kunnen nu niet worden getoond. Probeer het later opnieuw.'}
        </LoadError>
      ) : (
        <LoadingState>Bezig met zoeken naar passende kandidaten…</LoadingState>
      )}
    </>
  );
}
