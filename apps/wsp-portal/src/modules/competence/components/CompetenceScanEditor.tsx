import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { WORK_SECTOR_LABELS, type CompetenceGroup } from '@werkbrug/domain-rules';
import { useEffect, useMemo, useRef, useState } from 'react';
import { graphql } from '../../../gql/index.js';
import type { CompetenceScanEditor_CompetenceFragment } from '../../../gql/graphql.js';
import { RadioGroupField } from '../../common/components/fields.js';
import type { ActionError } from '../../common/errors.js';
import { groupLabel, LEVELS } from '../levels.js';
import {
  bySector,
  changedCodes,
  levelsFrom,
  scanGroups,
  scanInput,
  type ExistingScore,
  type ScanLevels,
} from '../scan.js';
import { CompetenceProfileChart } from './CompetenceProfileChart.js';

export const CompetenceScanEditorFragment = graphql(`
  fragment CompetenceScanEditor_competence on Competence {
    code
    label
    description
    group
    sector
    levels {
      level
      description
    }
  }
`);

/** A score on the profile, with what the scan shows of a competence that left the taxonomy. */
export interface SavedScore extends ExistingScore {
  label: string;
  group: CompetenceGroup;
}

export type ScanInput = ReturnType<typeof scanInput>;

export interface CompetenceScanEditorProps {
  /** The job-seeker's name, for headings. */
  name: string;
  /** The active taxonomy. */
  competences: readonly CompetenceScanEditor_CompetenceFragment[];
  /** The levels saved on the profile now. */
  saved: readonly SavedScore[];
  today: string;
  saving: boolean;
  /** Saves the whole set; resolves with the API's refusal, or null when saved. */
  onSave(input: ScanInput): Promise<ActionError | null>;
}

const NOT_SCORED = '0';
const fieldId = (code: string) => `scan-${code}`;

interface Problem {
  code: string | null;
  message: string;
}

/**
 * The competence scan (Werkstap-style): one step per group of the taxonomy, each competence scored
 * 1-5 with what each level means, then the result as a profile. Levels stay here until saved, also
 * when saving fails.
 */
export function CompetenceScanEditor({
  name,
  competences,
  saved,
  today,
  saving,
  onSave,
}: CompetenceScanEditorProps) {
  const groups = useMemo(() => scanGroups(competences), [competences]);
  const activeCodes = useMemo(() => new Set(competences.map((c) => c.code)), [competences]);
  const retired = saved.filter((score) => !activeCodes.has(score.code));
  const [levels, setLevels] = useState<ScanLevels>(() => levelsFrom(saved));
  // One step per group, and the result as the last step.
  const [step, setStep] = useState(0);
  const [problems, setProblems] = useState<{ message: string; items: Problem[] } | null>(null);
  const [savedMessage, setSavedMessage] = useState(false);
  const [focus, setFocus] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);

  const resultStep = groups.length;
  const changes = changedCodes(saved, levels);
  const group: CompetenceGroup | undefined = groups[step];

  useEffect(() => {
    if (focus === null) return;
    if (focus === 'heading') headingRef.current?.focus();
    else if (focus === 'outcome') outcomeRef.current?.focus();
    else document.getElementById(focus)?.focus();
    setFocus(null);
  }, [focus]);

  function goTo(next: number) {
    setStep(next);
    setFocus('heading');
  }

  function goToCompetence(code: string) {
    const target = competences.find((c) => c.code === code);
    if (!target) return;
    setStep(groups.indexOf(target.group));
    setFocus(`${fieldId(code)}-0`);
  }

  function setLevel(code: string, value: string) {
    setSavedMessage(false);
    setLevels((current) => {
      const next = { ...current };
      if (value === NOT_SCORED) delete next[code];
      else next[code] = Number(value);
      return next;
    });
  }

  async function handleSave() {
    if (saving) return;
    const input = scanInput(saved, levels, activeCodes, today);
    const refusal = await onSave(input);
    if (refusal) {
      const items = Object.entries(refusal.fields).map(([path, message]) => {
        const index = /^competences\.(\d+)/.exec(path)?.[1];
        return { code: index === undefined ? null : (input[Number(index)]?.code ?? null), message };
      });
      setProblems({ message: refusal.message, items });
      setSavedMessage(false);
    } else {
      setProblems(null);
      setSavedMessage(true);
      // Levels of retired competences are gone now; keep the editor in line with what was saved.
      setLevels(Object.fromEntries(input.map((entry) => [entry.code, entry.level])));
    }
    setFocus('outcome');
  }

  const labelOf = (code: string) => competences.find((c) => c.code === code)?.label ?? code;
  const scoredIn = (g: CompetenceGroup) =>
    competences.filter((c) => c.group === g && levels[c.code] !== undefined).length;
  const totalIn = (g: CompetenceGroup) => competences.filter((c) => c.group === g).length;
  const profile = competences
    .filter((c) => levels[c.code] !== undefined)
    .map((c) => ({ code: c.code, label: c.label, group: c.group, level: levels[c.code] }));

  return (
    <div className="werkbrug-scan">
      <div ref={outcomeRef} tabIndex={-1}>
        {savedMessage && (
          <Alert type="ok">
            <Paragraph>De competentiescan is opgeslagen.</Paragraph>
          </Alert>
        )}
        {problems && (
          <Alert type="error">
            <Paragraph>Opslaan is niet gelukt. {problems.message}</Paragraph>
            {problems.items.length > 0 && (
              <UnorderedList>
                {problems.items.map((problem, index) => (
                  <UnorderedListItem key={index}>
                    {problem.code ? (
                      <Link
                        href={`#${fieldId(problem.code)}-0`}
                        onClick={(event) => {
                          event.preventDefault();
                          goToCompetence(problem.code!);
                        }}
                      >
                        {labelOf(problem.code)}: {problem.message}
                      </Link>
                    ) : (
                      problem.message
                    )}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            )}
          </Alert>
        )}
      </div>

      <nav aria-label="Stappen van de competentiescan">
        <ol className="werkbrug-scan__steps">
          {groups.map((g, index) => (
            <li key={g}>
              <Button
                appearance={index === step ? 'primary-action-button' : 'subtle-button'}
                aria-current={index === step ? 'step' : undefined}
                onClick={() => goTo(index)}
              >
                {index + 1}. {groupLabel(g)} ({scoredIn(g)} van {totalIn(g)})
              </Button>
            </li>
          ))}
          <li>
            <Button
              appearance={step === resultStep ? 'primary-action-button' : 'subtle-button'}
              aria-current={step === resultStep ? 'step' : undefined}
              onClick={() => goTo(resultStep)}
            >
              {resultStep + 1}. Resultaat
            </Button>
          </li>
        </ol>
      </nav>

      {group ? (
        <section aria-labelledby="scan-stap">
          <Heading level={2} id="scan-stap" ref={headingRef} tabIndex={-1}>
            Stap {step + 1} van {resultStep + 1}: {groupLabel(group)}
          </Heading>
          <Paragraph>
            Kies per competentie het niveau dat past bij wat {name} nu laat zien. Laat een
            competentie op &lsquo;Niet gescoord&rsquo; staan als u het niet weet.
          </Paragraph>
          {bySector(competences.filter((c) => c.group === group)).map(({ sector, items }) => (
            <div key={sector ?? 'all'}>
              {sector && <Heading level={3}>{WORK_SECTOR_LABELS[sector]}</Heading>}
              {items.map((competence) => (
                <div key={competence.code} className="werkbrug-scan__competence">
                  <RadioGroupField
                    id={fieldId(competence.code)}
                    legend={competence.label}
                    description={competence.description}
                    value={String(levels[competence.code] ?? NOT_SCORED)}
                    onChange={(value) => setLevel(competence.code, value)}
                    options={[
                      { value: NOT_SCORED, label: 'Niet gescoord' },
                      // The level's meaning is part of its label: read together, and compact.
                      ...LEVELS.map((level) => {
                        const meaning = competence.levels.find(
                          (l) => l.level === level,
                        )?.description;
                        return {
                          value: String(level),
                          label: meaning ? `Niveau ${level}: ${meaning}` : `Niveau ${level}`,
                        };
                      }),
                    ]}
                  />
                </div>
              ))}
            </div>
          ))}
        </section>
      ) : (
        <section aria-labelledby="scan-stap">
          <Heading level={2} id="scan-stap" ref={headingRef} tabIndex={-1}>
            Stap {resultStep + 1} van {resultStep + 1}: Resultaat
          </Heading>
          <Paragraph>
            {profile.length} competenties gescoord. Controleer het profiel en sla de scan op.
          </Paragraph>
          <CompetenceProfileChart
            title={`Competentieprofiel van ${name}`}
            competences={profile}
            headingLevel={3}
          />
        </section>
      )}

      {retired.length > 0 && (
        <Alert type="warning" role="status">
          <Paragraph>
            Deze competenties staan niet meer in de lijst en verdwijnen bij opslaan uit het profiel:{' '}
            {retired.map((score) => `${score.label} (niveau ${score.level})`).join(', ')}.
          </Paragraph>
        </Alert>
      )}

      <Paragraph role="status">
        {changes.length === 0
          ? 'Er zijn geen wijzigingen om op te slaan.'
          : `${changes.length} ${changes.length === 1 ? 'wijziging' : 'wijzigingen'} nog niet opgeslagen.`}
      </Paragraph>
      <ButtonGroup>
        {step > 0 && (
          <Button appearance="secondary-action-button" onClick={() => goTo(step - 1)}>
            Vorige stap
          </Button>
        )}
        {step < resultStep && (
          <Button appearance="secondary-action-button" onClick={() => goTo(step + 1)}>
            Volgende stap
          </Button>
        )}
        <Button appearance="primary-action-button" busy={saving} onClick={() => void handleSave()}>
          {saving ? 'Bezig met opslaan…' : 'Competentiescan opslaan'}
        </Button>
      </ButtonGroup>
    </div>
  );
}
