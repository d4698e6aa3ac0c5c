import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { ErrorSummary, formatNumber } from '@werkbrug/ui';
import { useEffect, useState, type FormEvent } from 'react';
import type { ProposeJobCarvingRoleInput } from '../../../gql/graphql.js';
import { CheckboxGroupField, TextareaField, TextField } from '../../common/components/fields.js';
import type { ActionError } from '../../common/errors.js';
import { formatHours } from '../../common/format.js';
import {
  composerErrorsFromApi,
  FULL_TIME_WEEKLY_HOURS,
  proposeInputFrom,
  suggestedHours,
  taskKey,
  validateComposer,
  type ComposerValues,
  type FormErrors,
} from '../jobCarvingForms.js';
import { competenceRowId, RoleCompetencePicker } from './RoleCompetencePicker.js';

/** A task the analysis carved out, with how many people do it now. */
export interface CarvableTask {
  jobId: string;
  taskIndex: number;
  jobTitle: string;
  taskName: string;
  sharePercent: number;
  headcount: number;
}

export interface CarvedRoleComposerProps {
  /** The tasks the analysis marked to be split off. */
  tasks: readonly CarvableTask[];
  saving: boolean;
  onSubmit(input: ProposeJobCarvingRoleInput): Promise<ActionError | null>;
}

const ID = 'rol';
const fieldId = (key: string) => `${ID}-${key}`;
const LABELS = {
  title: 'Titel van de nieuwe functie',
  tasks: 'Taken die de nieuwe functie overneemt',
  hoursPerWeek: 'Uren per week',
  description: 'Voorstel aan de werkgever',
} as const;
const ORDER = ['title', 'tasks', 'hoursPerWeek', 'description'] as const;

const hoursOf = (task: CarvableTask) =>
  (task.sharePercent / 100) * FULL_TIME_WEEKLY_HOURS * task.headcount;

/**
 * Composes the carved role from the tasks the analysis carved out: its title, the tasks it takes
 * over (the hours follow them until typed over), the competences it asks and the proposal text.
 */
export function CarvedRoleComposer({ tasks, saving, onSubmit }: CarvedRoleComposerProps) {
  const [values, setValues] = useState<ComposerValues>(() => ({
    title: '',
    description: '',
    hoursPerWeek: formatNumber(suggestedHours(tasks), 1),
    taskKeys: tasks.map(taskKey),
    competences: [],
  }));
  const [hoursTyped, setHoursTyped] = useState(false);
  const [errors, setErrors] = useState<FormErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const first = ORDER.find((key) => errors[key]);
    const competence = Object.keys(errors).find((key) => key.startsWith('competences.'));
    const target = first
      ? first === 'tasks'
        ? `${fieldId('tasks')}-0`
        : fieldId(first)
      : competence
        ? competenceRowId(fieldId('competences'), Number(competence.split('.')[1]))
        : null;
    if (target) document.getElementById(target)?.focus();
  }, [errors, attempt]);

  const set =
    <K extends keyof ComposerValues>(key: K) =>
    (value: ComposerValues[K]) =>
      setValues((current) => ({ ...current, [key]: value }));

  function pickTasks(taskKeys: string[]) {
    setValues((current) => ({
      ...current,
      taskKeys,
      hoursPerWeek: hoursTyped
        ? current.hoursPerWeek
        : formatNumber(suggestedHours(tasks.filter((task) => taskKeys.includes(taskKey(task)))), 1),
    }));
  }

  function show(text: string, found: FormErrors) {
    setErrors(found);
    setMessage(text);
    setAttempt((n) => n + 1);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const found = validateComposer(values);
    if (Object.keys(found).length > 0) {
      show('Het voorstel is niet goed ingevuld.', found);
      return;
    }
    const refusal = await onSubmit(proposeInputFrom(values));
    if (refusal) show(refusal.message, composerErrorsFromApi(refusal.fields));
  }

  const picked = tasks.filter((task) => values.taskKeys.includes(taskKey(task)));
  const competenceErrors = Object.fromEntries(
    Object.entries(errors)
      .filter(([key]) => key.startsWith('competences.'))
      .map(([key, text]) => [Number(key.split('.')[1]), text]),
  );
  const summaryItems = [
    ...ORDER.filter((key) => errors[key]).map((key) => ({
      fieldId: key === 'tasks' ? `${fieldId('tasks')}-0` : fieldId(key),
      message: `${LABELS[key]}: ${errors[key]}`,
    })),
    ...Object.entries(competenceErrors).map(([index, text]) => ({
      fieldId: competenceRowId(fieldId('competences'), Number(index)),
      message: `${values.competences[Number(index)]?.label ?? 'Competentie'}: ${text}`,
    })),
  ];

  return (
    <form
      className="werkbrug-form"
      noValidate
      onSubmit={handleSubmit}
      aria-label="Nieuwe functie samenstellen"
    >
      {message && <ErrorSummary key={attempt} message={message} items={summaryItems} />}
      <TextField
        id={fieldId('title')}
        label={LABELS.title}
        description='Bijvoorbeeld "Medewerker spoelkeuken".'
        error={errors.title}
        value={values.title}
        onChange={set('title')}
      />
      <CheckboxGroupField
        id={fieldId('tasks')}
        legend={LABELS.tasks}
        description="De taken die in de analyse zijn afgesplitst."
        error={errors.tasks}
        options={tasks.map((task) => ({
          value: taskKey(task),
          label: `${task.taskName} (nu bij ${task.jobTitle}, samen ongeveer ${formatHours(
            Math.round(hoursOf(task) * 10) / 10,
          )} per week)`,
        }))}
        values={values.taskKeys}
        onChange={pickTasks}
      />
      <TextField
        id={fieldId('hoursPerWeek')}
        label={LABELS.hoursPerWeek}
        inputMode="decimal"
        size={5}
        description={`1 tot en met 40, in hele of halve uren. De gekozen taken zijn samen ongeveer ${formatHours(
          suggestedHours(picked),
        )} per week.`}
        error={errors.hoursPerWeek}
        value={values.hoursPerWeek}
        onChange={(hours) => {
          setHoursTyped(true);
          set('hoursPerWeek')(hours);
        }}
      />
      <RoleCompetencePicker
        id={fieldId('competences')}
        value={values.competences}
        onChange={set('competences')}
        rowErrors={competenceErrors}
      />
      <TextareaField
        id={fieldId('description')}
        label={LABELS.description}
        description="Wat de nieuwe functie inhoudt en wat het de werkgever oplevert. De werkgever leest dit bij het voorstel."
        rows={5}
        error={errors.description}
        value={values.description}
        onChange={set('description')}
      />
      <Paragraph>Na het versturen kan de werkgever het voorstel aanvaarden of afwijzen.</Paragraph>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={saving}>
          Voorstel versturen
        </Button>
      </ButtonGroup>
    </form>
  );
}
