import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { RouterLink } from '@werkbrug/ui';
import { useEffect, useRef, useState } from 'react';
import type {
  IntroductionCard_IntroductionFragment,
  IntroductionStatus,
} from '../../../gql/graphql.js';
import { personName } from '../../common/format.js';
import { PIPELINE_STAGES, STAGE_LABELS, stageLabel, stageOf } from '../stages.js';
import {
  IntroductionCard,
  introductionCardId,
  lastChange,
  StepActions,
} from './IntroductionCard.js';
import { IntroductionStepForm } from './IntroductionStepForm.js';

type Introduction = IntroductionCard_IntroductionFragment;
export type PipelineLayout = 'board' | 'list';
const ANNOUNCEMENT_ID = 'pijplijn-melding';

export interface PipelineViewProps {
  introductions: readonly Introduction[];
  empty: string;
}

/**
 * A vacancy's pipeline, as a board (a column per stage) or as a list (a table); every step is a
 * button, so the whole pipeline works from the keyboard.
 */
export function PipelineView({ introductions, empty }: PipelineViewProps) {
  const [layout, setLayout] = useState<PipelineLayout>('board');
  const [announcement, setAnnouncement] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  const announcementRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (!focusId) return;
    // After the pipeline re-rendered with the step's result: the card may be in another column.
    const timer = setTimeout(() => {
      (document.getElementById(focusId) ?? announcementRef.current)?.focus();
      setFocusId(null);
    }, 0);
    return () => clearTimeout(timer);
  }, [focusId, introductions]);

  /** After a step: say what happened, and move focus to the card (board) or the message (list). */
  function stepDone(message: string, focusTarget: string | null) {
    setAnnouncement(message);
    setFocusId(focusTarget ?? ANNOUNCEMENT_ID);
  }

  if (introductions.length === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    <>
      <ButtonGroup aria-label="Weergave van de pijplijn">
        <Button
          appearance={layout === 'board' ? 'primary-action-button' : 'secondary-action-button'}
          aria-pressed={layout === 'board'}
          onClick={() => setLayout('board')}
        >
          Bord
        </Button>
        <Button
          appearance={layout === 'list' ? 'primary-action-button' : 'secondary-action-button'}
          aria-pressed={layout === 'list'}
          onClick={() => setLayout('list')}
        >
          Lijst
        </Button>
      </ButtonGroup>
      <Paragraph role="status" id={ANNOUNCEMENT_ID} ref={announcementRef} tabIndex={-1}>
        {announcement}
      </Paragraph>
      {layout === 'board' ? (
        <PipelineBoard introductions={introductions} onStepDone={stepDone} />
      ) : (
        <PipelineList introductions={introductions} onStepDone={stepDone} />
      )}
    </>
  );
}

interface LayoutProps {
  introductions: readonly Introduction[];
  /** `focusTarget`: the element id to move focus to, or null for the message. */
  onStepDone(message: string, focusTarget: string | null): void;
}

export function PipelineBoard({ introductions, onStepDone }: LayoutProps) {
  return (
    <div className="werkbrug-board">
      {PIPELINE_STAGES.map((stage) => {
        const inStage = introductions.filter(
          (introduction) => stageOf(introduction.status) === stage,
        );
        return (
          <section key={stage} className="werkbrug-board-column" aria-labelledby={`fase-${stage}`}>
            <Heading level={3} id={`fase-${stage}`}>
              {STAGE_LABELS[stage]} ({inStage.length})
            </Heading>
            {inStage.length === 0 ? (
              <Paragraph>Niemand in deze fase.</Paragraph>
            ) : (
              inStage.map((introduction) => (
                <IntroductionCard
                  key={introduction.id}
                  introduction={introduction}
                  subject="jobSeeker"
                  headingLevel={4}
                  onStepDone={(message, id) => onStepDone(message, introductionCardId(id))}
                />
              ))
            )}
          </section>
        );
      })}
    </div>
  );
}

export function PipelineList({ introductions, onStepDone }: LayoutProps) {
  const [step, setStep] = useState<{ introduction: Introduction; to: IntroductionStatus } | null>(
    null,
  );
  const ordered = [...introductions].sort(
    (a, b) =>
      PIPELINE_STAGES.indexOf(stageOf(a.status) as never) -
      PIPELINE_STAGES.indexOf(stageOf(b.status) as never),
  );
  return (
    <>
      <Table className="werkbrug-table">
        <TableCaption>De pijplijn van deze vacature, per fase</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Inwoner</TableHeaderCell>
            <TableHeaderCell scope="col">Fase</TableHeaderCell>
            <TableHeaderCell scope="col">Matchscore</TableHeaderCell>
            <TableHeaderCell scope="col">Laatste wijziging</TableHeaderCell>
            <TableHeaderCell scope="col">Acties</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {ordered.map((introduction) => {
            const name = personName(introduction.jobSeeker);
            return (
              <TableRow key={introduction.id}>
                <TableHeaderCell scope="row">
                  <RouterLink to={`/inwoners/${introduction.jobSeeker.id}`}>{name}</RouterLink>
                </TableHeaderCell>
                <TableCell>{stageLabel(introduction.status)}</TableCell>
                <TableCell>{introduction.matchScore ?? 'Geen'}</TableCell>
                <TableCell>{lastChange(introduction)}</TableCell>
                <TableCell>
                  <StepActions
                    introduction={introduction}
                    subjectName={name}
                    onChoose={(to) => setStep({ introduction, to })}
                  />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {step && (
        <section className="werkbrug-card" aria-label="Stap in de pijplijn">
          <IntroductionStepForm
            introductionId={step.introduction.id}
            subjectName={personName(step.introduction.jobSeeker)}
            to={step.to}
            headingLevel={3}
            onDone={(message) => {
              setStep(null);
              onStepDone(message, null);
            }}
            onCancel={() => setStep(null)}
          />
        </section>
      )}
    </>
  );
}
