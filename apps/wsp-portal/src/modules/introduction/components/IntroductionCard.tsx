import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Heading,
  OrderedList,
  OrderedListItem,
  Paragraph,
} from '@utrecht/component-library-react';
import { RouterLink } from '@werkbrug/ui';
import { useId, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../../gql/index.js';
import type {
  IntroductionCard_IntroductionFragment,
  IntroductionStatus,
} from '../../../gql/graphql.js';
import { RadioGroupField, TextareaField } from '../../common/components/fields.js';
import { RouterButtonLink } from '../../common/components/RouterButtonLink.js';
import { formatMoment } from '../../common/dates.js';
import { actionErrorFrom } from '../../common/errors.js';
import { personName } from '../../common/format.js';
import { introductionStatusLabel } from '../labels.js';

export const IntroductionCardFragment = graphql(`
  fragment IntroductionCard_introduction on Introduction {
    id
    status
    matchScore
    nextStatuses
    jobSeeker {
      id
      candidateLabel
      firstName
      lastName
    }
    vacancy {
      id
      title
      employer {
        id
        name
      }
    }
    history {
      changedAt
      fromStatus
      toStatus
      note
      changedBy {
        displayName
      }
    }
  }
`);

export const ChangeIntroductionStatusMutation = graphql(`
  mutation ChangeIntroductionStatus($id: ID!, $status: IntroductionStatus!, $note: String) {
    changeIntroductionStatus(id: $id, status: $status, note: $note) {
      id
      ...IntroductionCard_introduction
    }
  }
`);

export interface IntroductionCardProps {
  introduction: IntroductionCard_IntroductionFragment;
  /** On a vacancy's pipeline the person is the subject; on a file, the vacancy. */
  subject: 'jobSeeker' | 'vacancy';
  /** The card's heading level; its history gets the next one. */
  headingLevel?: 3 | 4;
}

/**
 * One introduction in the pipeline: where it stands, its history (who, when, why) and the next
 * steps this user may take, each with a note. Placing someone goes through registering the
 * placement, so the placement is never missing from the results.
 */
export function IntroductionCard({
  introduction,
  subject,
  headingLevel = 3,
}: IntroductionCardProps) {
  const id = useId();
  const [change, { loading }] = useMutation(ChangeIntroductionStatusMutation);
  const [status, setStatus] = useState<IntroductionStatus | ''>('');
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<{ type: 'ok' | 'error'; message: string } | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const choices = introduction.nextStatuses.filter((next) => next !== 'PLACED');
  const canPlace = introduction.nextStatuses.includes('PLACED');
  const who = personName(introduction.jobSeeker);
  const title =
    subject === 'jobSeeker'
      ? who
      : `${introduction.vacancy.title} bij ${introduction.vacancy.employer.name}`;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    if (!status) {
      setOutcome({ type: 'error', message: 'Kies de nieuwe status.' });
      outcomeRef.current?.focus();
      return;
    }
    try {
      await change({ variables: { id: introduction.id, status, note: note.trim() || null } });
      setOutcome({ type: 'ok', message: `De status is nu: ${introductionStatusLabel(status)}.` });
      setStatus('');
      setNote('');
    } catch (error) {
      // The chosen step and the note stay, to try again.
      setOutcome({ type: 'error', message: actionErrorFrom(error).message });
    }
    outcomeRef.current?.focus();
  }

  return (
    <article className="werkbrug-card" aria-labelledby={`${id}-title`}>
      <Heading level={headingLevel} id={`${id}-title`}>
        {subject === 'jobSeeker' ? (
          <RouterLink to={`/inwoners/${introduction.jobSeeker.id}`}>{title}</RouterLink>
        ) : (
          <RouterLink to={`/vacatures/${introduction.vacancy.id}`}>{title}</RouterLink>
        )}
      </Heading>
      <Paragraph>
        Status: <strong>{introductionStatusLabel(introduction.status)}</strong>
        {introduction.matchScore !== null && ` · matchscore ${introduction.matchScore}`}
        {subject === 'jobSeeker' && ` · ${introduction.jobSeeker.candidateLabel}`}
      </Paragraph>
      <Heading level={headingLevel + 1}>Geschiedenis</Heading>
      <OrderedList>
        {introduction.history.map((step, index) => (
          <OrderedListItem key={index}>
            {formatMoment(step.changedAt)}: {introductionStatusLabel(step.toStatus)}
            {step.changedBy && ` (door ${step.changedBy.displayName})`}
            {step.note && (
              <>
                . Toelichting: <q>{step.note}</q>
              </>
            )}
          </OrderedListItem>
        ))}
      </OrderedList>
      <div ref={outcomeRef} tabIndex={-1}>
        {outcome && (
          <Alert type={outcome.type}>
            <Paragraph>{outcome.message}</Paragraph>
          </Alert>
        )}
      </div>
      {canPlace && (
        <RouterButtonLink
          appearance="primary-action-button"
          to={`/plaatsingen/nieuw?introductie=${introduction.id}`}
        >
          Plaatsing registreren
        </RouterButtonLink>
      )}
      {choices.length > 0 && (
        <form
          className="werkbrug-form"
          noValidate
          onSubmit={handleSubmit}
          aria-label={`Status wijzigen: ${title}`}
        >
          <RadioGroupField<IntroductionStatus>
            id={`${id}-status`}
            legend="Volgende stap"
            options={choices.map((next) => ({ value: next, label: introductionStatusLabel(next) }))}
            value={status}
            onChange={setStatus}
          />
          <TextareaField
            id={`${id}-note`}
            label="Toelichting (niet verplicht)"
            description="Bijvoorbeeld waarom, of wat is afgesproken. Komt in de geschiedenis."
            rows={2}
            value={note}
            onChange={setNote}
          />
          <Button type="submit" appearance="secondary-action-button" busy={loading}>
            Status wijzigen
          </Button>
        </form>
      )}
    </article>
  );
}
