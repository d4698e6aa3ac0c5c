import { useMutation } from '@apollo/client/react';
import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { RouterLink } from '@werkbrug/ui';
import { useEffect, useId, useRef, useState } from 'react';
import { graphql } from '../../../gql/index.js';
import type { IntroductionStatus, SuggestionCard_MatchFragment } from '../../../gql/graphql.js';
import { CheckboxField, TextareaField } from '../../common/components/fields.js';
import { actionErrorFrom } from '../../common/errors.js';
import { formatHours, formatKm, formatScore, personName } from '../../common/format.js';
import { stageLabel } from '../../introduction/stages.js';
import { MatchExplanation } from './MatchExplanation.js';

export const SuggestionCardFragment = graphql(`
  fragment SuggestionCard_match on VacancyMatch {
    rank
    score
    jobSeeker {
      id
      candidateLabel
      firstName
      lastName
      regionCode
    }
    explanation {
      ...MatchExplanation_explanation
    }
  }
`);

export const ProposeIntroductionMutation = graphql(`
  mutation ProposeIntroduction($input: ProposeIntroductionInput!) {
    proposeIntroduction(input: $input) {
      id
      status
      jobSeeker {
        id
      }
    }
  }
`);

export interface SuggestionCardProps {
  match: SuggestionCard_MatchFragment;
  vacancyId: string;
  /** The status of this person's introduction for the vacancy, when there is one. */
  introductionStatus: IntroductionStatus | null;
  onProposed(): void;
  /** Chosen for the side-by-side comparison. */
  selected: boolean;
  /** False once three others are chosen. */
  selectable: boolean;
  onSelectedChange(selected: boolean): void;
}

/** A ranked suggestion: who, how well and why, and putting the person forward with a note. */
export function SuggestionCard({
  match,
  vacancyId,
  introductionStatus,
  onProposed,
  selected,
  selectable,
  onSelectedChange,
}: SuggestionCardProps) {
  const id = useId();
  const [propose, { loading }] = useMutation(ProposeIntroductionMutation);
  const [expanded, setExpanded] = useState(false);
  const [proposing, setProposing] = useState(false);
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<{ type: 'ok' | 'error'; message: string } | null>(null);
  const [focus, setFocus] = useState<'note' | 'outcome' | 'start' | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const name = personName(match.jobSeeker);
  const { explanation } = match;
  const noteId = `${id}-note`;

  useEffect(() => {
    if (focus === 'note') document.getElementById(noteId)?.focus();
    if (focus === 'outcome') outcomeRef.current?.focus();
    if (focus === 'start') startRef.current?.focus();
    if (focus) setFocus(null);
  }, [focus, noteId]);

  async function handlePropose() {
    if (loading) return;
    try {
      await propose({
        variables: {
          input: {
            vacancyId,
            jobSeekerId: match.jobSeeker.id,
            matchScore: Math.round(match.score),
            note: note.trim() || null,
          },
        },
      });
      setOutcome({ type: 'ok', message: `${name} staat op de shortlist van deze vacature.` });
      setProposing(false);
      onProposed();
    } catch (error) {
      // The note stays, to try again.
      setOutcome({ type: 'error', message: actionErrorFrom(error).message });
    }
    setFocus('outcome');
  }

  return (
    <article className="werkbrug-card" aria-labelledby={`${id}-title`}>
      <Heading level={3} id={`${id}-title`}>
        {match.rank}. <RouterLink to={`/inwoners/${match.jobSeeker.id}`}>{name}</RouterLink>
      </Heading>
      <Paragraph>
        <strong>Score {formatScore(match.score)} van 100</strong> ·{' '}
        {formatKm(explanation.distanceKm)} · {formatHours(explanation.hoursAvailable)} beschikbaar ·{' '}
        {explanation.competencesMet.length}{' '}
        {explanation.competencesMet.length === 1 ? 'competentie past' : 'competenties passen'},{' '}
        {explanation.gaps.length} {explanation.gaps.length === 1 ? 'ontbreekt' : 'ontbreken'}
      </Paragraph>

      <Button
        appearance="subtle-button"
        aria-expanded={expanded}
        aria-controls={`${id}-uitleg`}
        aria-label={`${expanded ? 'Uitleg verbergen' : 'Uitleg tonen'}: ${name}`}
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
            <Paragraph>
              {outcome.message}{' '}
              {outcome.type === 'ok' && (
                <RouterLink to={`/vacatures/${vacancyId}`}>Naar de pijplijn</RouterLink>
              )}
            </Paragraph>
          </Alert>
        )}
      </div>

      {(selectable || selected) && (
        <CheckboxField
          id={`${id}-vergelijk`}
          label={`${name} vergelijken`}
          checked={selected}
          onChange={onSelectedChange}
        />
      )}

      {introductionStatus ? (
        <Paragraph>
          In de pijplijn: <strong>{stageLabel(introductionStatus)}</strong>.
        </Paragraph>
      ) : proposing ? (
        <div className="werkbrug-confirm">
          <TextareaField
            id={noteId}
            label={`Waarom ${name}? (niet verplicht)`}
            description="Komt in de geschiedenis van de introductie."
            rows={2}
            value={note}
            onChange={setNote}
          />
          <ButtonGroup>
            <Button
              appearance="primary-action-button"
              busy={loading}
              onClick={() => void handlePropose()}
            >
              {loading ? 'Bezig…' : `${name} op de shortlist zetten`}
            </Button>
            <Button
              appearance="secondary-action-button"
              onClick={() => {
                setProposing(false);
                setFocus('start');
              }}
            >
              Annuleren
            </Button>
          </ButtonGroup>
        </div>
      ) : (
        <Button
          ref={startRef}
          appearance="secondary-action-button"
          aria-label={`Op shortlist zetten: ${name}`}
          onClick={() => {
            setOutcome(null);
            setProposing(true);
            setFocus('note');
          }}
        >
          Op shortlist zetten
        </Button>
      )}
    </article>
  );
}
