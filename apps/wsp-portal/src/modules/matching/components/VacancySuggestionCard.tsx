import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { VACANCY_KIND_LABELS } from '@werkbrug/domain-rules';
import { RouterLink } from '@werkbrug/ui';
import { useId, useRef, useState } from 'react';
import { graphql } from '../../../gql/index.js';
import type {
  IntroductionStatus,
  VacancySuggestionCard_MatchFragment,
} from '../../../gql/graphql.js';
import { actionErrorFrom } from '../../common/errors.js';
import { formatHoursRange, formatKm, formatScore } from '../../common/format.js';
import { stageLabel } from '../../introduction/stages.js';
import { MatchExplanation } from './MatchExplanation.js';
import { ProposeIntroductionMutation } from './SuggestionCard.js';

export const VacancySuggestionCardFragment = graphql(`
  fragment VacancySuggestionCard_match on JobSeekerMatch {
    rank
    score
    vacancy {
      id
      title
      kind
      employerName
      regionCode
      city
      hoursMin
      hoursMax
    }
    explanation {
      jobSeekerRegionCode
      ...MatchExplanation_explanation
    }
  }
`);

export interface VacancySuggestionCardProps {
  match: VacancySuggestionCard_MatchFragment;
  jobSeekerId: string;
  /** The person's introduction for this vacancy, when there is one. */
  introductionStatus: IntroductionStatus | null;
  onProposed(): void;
}

/** A vacancy suggested for a job-seeker: how well and why, marked when it lies outside their region. */
export function VacancySuggestionCard({
  match,
  jobSeekerId,
  introductionStatus,
  onProposed,
}: VacancySuggestionCardProps) {
  const id = useId();
  const [propose, { loading }] = useMutation(ProposeIntroductionMutation);
  const [expanded, setExpanded] = useState(false);
  const [outcome, setOutcome] = useState<{ type: 'ok' | 'error'; message: string } | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const { vacancy, explanation } = match;
  const otherRegion = vacancy.regionCode !== explanation.jobSeekerRegionCode;

  async function handlePropose() {
    if (loading) return;
    try {
      await propose({
        variables: {
          input: {
            vacancyId: vacancy.id,
            jobSeekerId,
            matchScore: Math.round(match.score),
            note: null,
          },
        },
      });
      setOutcome({ type: 'ok', message: `Op de shortlist gezet voor ${vacancy.title}.` });
      onProposed();
    } catch (error) {
      setOutcome({ type: 'error', message: actionErrorFrom(error).message });
    }
    setTimeout(() => outcomeRef.current?.focus(), 0);
  }

  return (
    <article className="werkbrug-card" aria-labelledby={`${id}-title`}>
      <Heading level={3} id={`${id}-title`}>
        {match.rank}. <RouterLink to={`/vacatures/${vacancy.id}`}>{vacancy.title}</RouterLink> bij{' '}
        {vacancy.employerName}
      </Heading>
      <Paragraph>
        <strong>Score {formatScore(match.score)} van 100</strong> ·{' '}
        {VACANCY_KIND_LABELS[vacancy.kind]} · {vacancy.city} · {formatKm(explanation.distanceKm)} ·{' '}
        {formatHoursRange(vacancy.hoursMin, vacancy.hoursMax)}
        {otherRegion && (
          <>
            {' '}
            · <strong>Buiten de regio</strong> ({vacancy.regionCode})
          </>
        )}
      </Paragraph>
      <Button
        appearance="subtle-button"
        aria-expanded={expanded}
        aria-controls={`${id}-uitleg`}
        aria-label={`${expanded ? 'Uitleg verbergen' : 'Uitleg tonen'}: ${vacancy.title}`}
        onClick={() => setExpanded((current) => !current)}
      >
        {expanded ? 'Uitleg verbergen' : 'Uitleg tonen'}
      </Button>
      <div id={`${id}-uitleg`} hidden={!expanded}>
        {expanded && <MatchExplanation explanation={explanation} headingLevel={4} />}
      </div>
      <div ref={outcomeRef} tabIndex={-1}>
        {outcome && (
          <Alert type={outcome.type}>
            <Paragraph>{outcome.message}</Paragraph>
          </Alert>
        )}
      </div>
      {introductionStatus ? (
        <Paragraph>
          In de pijplijn: <strong>{stageLabel(introductionStatus)}</strong>.
        </Paragraph>
      ) : (
        <Button
          appearance="secondary-action-button"
          busy={loading}
          aria-label={`Op shortlist zetten: ${vacancy.title}`}
          onClick={() => void handlePropose()}
        >
          Op shortlist zetten
        </Button>
      )}
    </article>
  );
}
