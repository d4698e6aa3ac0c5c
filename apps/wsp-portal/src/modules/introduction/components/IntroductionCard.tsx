import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  OrderedList,
  OrderedListItem,
  Paragraph,
} from '@utrecht/component-library-react';
import { CONSENT_METHOD_LABELS, INTRODUCTION_END_REASON_LABELS } from '@werkbrug/domain-rules';
import { RouterButtonLink, RouterLink } from '@werkbrug/ui';
import { useEffect, useId, useRef, useState } from 'react';
import { graphql } from '../../../gql/index.js';
import type {
  IntroductionCard_IntroductionFragment,
  IntroductionStatus,
} from '../../../gql/graphql.js';
import { formatDate, formatMoment } from '../../common/dates.js';
import { personName } from '../../common/format.js';
import { introductionStatusLabel } from '../labels.js';
import { stageLabel, STEP_ACTION_LABELS } from '../stages.js';
import { IntroductionStepForm } from './IntroductionStepForm.js';

export { ChangeIntroductionStatusMutation } from './IntroductionStepForm.js';

export const IntroductionCardFragment = graphql(`
  fragment IntroductionCard_introduction on Introduction {
    id
    status
    matchScore
    nextStatuses
    endReason
    requestedByEmployer
    employerMessage
    proposedDates
    consent {
      givenOn
      method
      expiresOn
      expired
    }
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
      endReason
      changedBy {
        displayName
      }
    }
  }
`);

type Introduction = IntroductionCard_IntroductionFragment;

/** The card's element id, to move focus to it after it moved on the board. */
export const introductionCardId = (introductionId: string) => `introductie-${introductionId}`;

/** On a vacancy's pipeline the person is the subject; on a file, the vacancy. */
export function introductionTitle(introduction: Introduction, subject: 'jobSeeker' | 'vacancy') {
  return subject === 'jobSeeker'
    ? personName(introduction.jobSeeker)
    : `${introduction.vacancy.title} bij ${introduction.vacancy.employer.name}`;
}

/** "Toestemming gegeven op 3 november 2026 (telefonisch), geldig tot 3 februari 2027." */
export function consentSummary(consent: NonNullable<Introduction['consent']>): string {
  const base = `Toestemming gegeven op ${formatDate(consent.givenOn)} (${CONSENT_METHOD_LABELS[consent.method].toLowerCase()})`;
  if (!consent.expiresOn) return `${base}, geldig tot de inwoner haar intrekt.`;
  return consent.expired
    ? `${base}, verlopen op ${formatDate(consent.expiresOn)}.`
    : `${base}, geldig tot ${formatDate(consent.expiresOn)}.`;
}

/** "Aangevraagd door de werkgever; voorgestelde data: 1 december 2026, 3 december 2026." */
export function employerRequestSummary(introduction: Introduction): string | null {
  if (!introduction.requestedByEmployer) return null;
  const dates = introduction.proposedDates.map(formatDate).join(', ');
  return `Aangevraagd door de werkgever${dates ? `; voorgestelde data: ${dates}` : ''}.`;
}

/** The last change: "12 november 2026 om 10:15 door Sanne Vermeulen". */
export function lastChange(introduction: Introduction): string {
  const last = introduction.history.at(-1);
  if (!last) return 'Onbekend';
  return `${formatMoment(last.changedAt)}${last.changedBy ? ` door ${last.changedBy.displayName}` : ''}`;
}

export interface StepActionsProps {
  introduction: Introduction;
  /** Accessible names say whom the step is about. */
  subjectName: string;
  onChoose(to: IntroductionStatus): void;
}

/** A button per next step; placing someone goes through registering the placement. */
export function StepActions({ introduction, subjectName, onChoose }: StepActionsProps) {
  const steps = introduction.nextStatuses.filter((next) => next !== 'PLACED');
  const canPlace = introduction.nextStatuses.includes('PLACED');
  if (steps.length === 0 && !canPlace) return null;
  return (
    <ButtonGroup>
      {steps.map((next) => (
        <Button
          key={next}
          appearance={
            next === 'WITHDRAWN' || next === 'DECLINED' || next === 'REJECTED'
              ? 'secondary-action-button'
              : 'primary-action-button'
          }
          aria-label={`${STEP_ACTION_LABELS[next]}: ${subjectName}`}
          onClick={() => onChoose(next)}
        >
          {STEP_ACTION_LABELS[next]}
        </Button>
      ))}
      {canPlace && (
        <RouterButtonLink
          appearance="primary-action-button"
          to={`/plaatsingen/nieuw?introductie=${introduction.id}`}
          aria-label={`Plaatsing registreren: ${subjectName}`}
        >
          Plaatsing registreren
        </RouterButtonLink>
      )}
    </ButtonGroup>
  );
}

export function IntroductionHistory({ introduction }: { introduction: Introduction }) {
  return (
    <OrderedList>
      {introduction.history.map((step, index) => (
        <OrderedListItem key={index}>
          {formatMoment(step.changedAt)}: {introductionStatusLabel(step.toStatus)}
          {step.changedBy && ` (door ${step.changedBy.displayName})`}
          {step.endReason && `. Reden: ${INTRODUCTION_END_REASON_LABELS[step.endReason]}`}
          {step.note && (
            <>
              . Toelichting: <q>{step.note}</q>
            </>
          )}
        </OrderedListItem>
      ))}
    </OrderedList>
  );
}

export interface IntroductionCardProps {
  introduction: Introduction;
  subject: 'jobSeeker' | 'vacancy';
  /** The card's heading level; its parts get the next one. */
  headingLevel?: 3 | 4;
  /**
   * Where the card moves to another column after a step (the board), the board announces the
   * outcome and moves focus; otherwise the card shows it.
   */
  onStepDone?(message: string, introductionId: string): void;
}

/**
 * One introduction in the pipeline: its stage, the consent, why it ended, the history (who, when,
 * why) and a button per next step this user may take; a step opens its form in the card.
 */
export function IntroductionCard({
  introduction,
  subject,
  headingLevel = 3,
  onStepDone,
}: IntroductionCardProps) {
  const id = useId();
  const [step, setStep] = useState<IntroductionStatus | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [focusOutcome, setFocusOutcome] = useState(false);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const cardRef = useRef<HTMLElement>(null);
  const title = introductionTitle(introduction, subject);
  const partLevel = (headingLevel + 1) as 4 | 5;

  useEffect(() => {
    if (focusOutcome) {
      outcomeRef.current?.focus();
      setFocusOutcome(false);
    }
  }, [focusOutcome]);

  return (
    <article
      className="werkbrug-card"
      aria-labelledby={`${id}-title`}
      id={introductionCardId(introduction.id)}
      ref={cardRef}
      tabIndex={-1}
    >
      <Heading level={headingLevel} id={`${id}-title`}>
        {subject === 'jobSeeker' ? (
          <RouterLink to={`/inwoners/${introduction.jobSeeker.id}`}>{title}</RouterLink>
        ) : (
          <RouterLink to={`/vacatures/${introduction.vacancy.id}`}>{title}</RouterLink>
        )}
      </Heading>
      <Paragraph>
        Fase: <strong>{stageLabel(introduction.status)}</strong>
        {introduction.matchScore !== null && ` · matchscore ${introduction.matchScore}`}
        {subject === 'jobSeeker' && ` · ${introduction.jobSeeker.candidateLabel}`}
      </Paragraph>
      {introduction.endReason && (
        <Paragraph>Reden: {INTRODUCTION_END_REASON_LABELS[introduction.endReason]}</Paragraph>
      )}
      {introduction.requestedByEmployer && (
        <Paragraph>
          {employerRequestSummary(introduction)}
          {introduction.employerMessage && (
            <>
              {' '}
              Bericht van de werkgever: <q>{introduction.employerMessage}</q>
            </>
          )}
        </Paragraph>
      )}
      {introduction.consent && <Paragraph>{consentSummary(introduction.consent)}</Paragraph>}
      <Paragraph>Laatste wijziging: {lastChange(introduction)}</Paragraph>
      <details className="werkbrug-details">
        <summary>Geschiedenis ({introduction.history.length})</summary>
        <IntroductionHistory introduction={introduction} />
      </details>
      <div ref={outcomeRef} tabIndex={-1}>
        {outcome && (
          <Alert type="ok">
            <Paragraph>{outcome}</Paragraph>
          </Alert>
        )}
      </div>
      {step ? (
        <IntroductionStepForm
          introductionId={introduction.id}
          subjectName={title}
          to={step}
          headingLevel={partLevel}
          onDone={(message) => {
            setStep(null);
            if (onStepDone) {
              onStepDone(message, introduction.id);
            } else {
              setOutcome(message);
              setFocusOutcome(true);
            }
          }}
          onCancel={() => {
            setStep(null);
            cardRef.current?.focus();
          }}
        />
      ) : (
        <StepActions
          introduction={introduction}
          subjectName={title}
          onChoose={(next) => {
            setOutcome(null);
            setStep(next);
          }}
        />
      )}
    </article>
  );
}
