import { OrderedList, OrderedListItem } from '@utrecht/component-library-react';
import type { IntroductionStatus } from '@werkbrug/domain-rules';
import { VisuallyHidden } from '../../common/VisuallyHidden.js';
import { introductionSteps, type StepState } from '../employerStatus.js';

const STATE_TEXT: Record<StepState, string> = {
  done: 'afgerond',
  current: 'huidige stap',
  todo: 'nog niet',
  stopped: 'hier gestopt',
};

const MARK: Record<StepState, string> = { done: '✓', current: '●', todo: '○', stopped: '✕' };

export interface IntroductionStepsProps {
  status: IntroductionStatus;
  /** The status before the current one, for where a withdrawn request stopped. */
  previousStatus?: IntroductionStatus | null;
  /** Names the list for screen readers, e.g. "Voortgang van de aanvraag". */
  label: string;
}

/** A step indicator as an ordered list; each step says its state in text, not only by its mark. */
export function IntroductionSteps({
  status,
  previousStatus = null,
  label,
}: IntroductionStepsProps) {
  return (
    <OrderedList className="werkbrug-steps" aria-label={label}>
      {introductionSteps(status, previousStatus).map((step) => (
        <OrderedListItem
          key={step.label}
          className={`werkbrug-steps__step werkbrug-steps__step--${step.state}`}
          aria-current={step.state === 'current' ? 'step' : undefined}
        >
          <span aria-hidden="true">{MARK[step.state]} </span>
          {step.label}
          <VisuallyHidden> ({STATE_TEXT[step.state]})</VisuallyHidden>
        </OrderedListItem>
      ))}
    </OrderedList>
  );
}
