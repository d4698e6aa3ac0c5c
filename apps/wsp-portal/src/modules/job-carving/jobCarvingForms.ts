import type { CompetenceRequirement, TaskComplexity } from '@werkbrug/domain-rules';
import type {
  ProposeJobCarvingRoleInput,
  RecordJobCarvingAnalysisInput,
} from '../../gql/graphql.js';
import { parseNumber } from '../common/format.js';

/** The working week a task's share is measured against (as the API's analysis does). */
export const FULL_TIME_WEEKLY_HOURS = 36;

/** Errors by field path without `input.`, as the API names them: `tasks.2.sharePercent`. */
export type FormErrors = Record<string, string>;

interface JobLike {
  id: string;
  title: string;
  headcount: number;
  tasks: readonly {
    name: string;
    sharePercent: number;
    complexity: TaskComplexity;
    splittable: boolean;
  }[];
}

interface AnalysedTaskLike {
  jobId: string;
  taskIndex: number;
  jobTitle: string;
  taskName: string;
  sharePercent: number;
  complexity: TaskComplexity;
  splittable: boolean;
}

/** One row of the task analysis form: a task of the employer's jobs as the WSP assesses it. */
export interface AnalysisRow {
  jobId: string;
  taskIndex: number;
  jobTitle: string;
  taskName: string;
  /** As typed. */
  sharePercent: string;
  complexity: TaskComplexity;
  splittable: boolean;
}

export const taskKey = (task: { jobId: string; taskIndex: number }) =>
  `${task.jobId}:${task.taskIndex}`;

/**
 * Every task of the jobs, with the recorded analysis where there is one and otherwise what the
 * employer said (share, complexity, could be split off) as a starting point.
 */
export function analysisRowsFrom(
  jobs: readonly JobLike[],
  analysis: { tasks: readonly AnalysedTaskLike[] } | null,
): AnalysisRow[] {
  const recorded = new Map((analysis?.tasks ?? []).map((task) => [taskKey(task), task]));
  return jobs.flatMap((job) =>
    job.tasks.map((task, taskIndex) => {
      const assessed = recorded.get(taskKey({ jobId: job.id, taskIndex }));
      return {
        jobId: job.id,
        taskIndex,
        jobTitle: job.title,
        taskName: task.name,
        sharePercent: String(assessed?.sharePercent ?? task.sharePercent),
        complexity: assessed?.complexity ?? task.complexity,
        splittable: assessed?.splittable ?? task.splittable,
      };
    }),
  );
}

const wholePercent = (value: string) => {
  const share = parseNumber(value);
  return Number.isInteger(share) && share >= 1 && share <= 100 ? share : null;
};

export function validateAnalysis(rows: readonly AnalysisRow[], summary: string): FormErrors {
  const errors: FormErrors = {};
  rows.forEach((row, index) => {
    if (wholePercent(row.sharePercent) === null) {
      errors[`tasks.${index}.sharePercent`] =
        'Het aandeel is een heel percentage van 1 tot en met 100.';
    }
  });
  if (summary.length > 4000) errors.summary = 'Hoogstens 4000 tekens.';
  return errors;
}

export function analysisInputFrom(
  rows: readonly AnalysisRow[],
  summary: string,
): RecordJobCarvingAnalysisInput {
  return {
    summary: summary.trim(),
    tasks: rows.map((row) => {
      const share = wholePercent(row.sharePercent);
      if (share === null) throw new Error('analysisInputFrom needs validated rows');
      return {
        jobId: row.jobId,
        taskIndex: row.taskIndex,
        sharePercent: share,
        complexity: row.complexity,
        splittable: row.splittable,
      };
    }),
  };
}

/** A competence the carved role asks for, as chosen in the composer. */
export interface CompetenceChoice {
  code: string;
  label: string;
  minLevel: number;
  requirement: CompetenceRequirement;
}

export interface ComposerValues {
  title: string;
  description: string;
  /** As typed, e.g. "21,5". */
  hoursPerWeek: string;
  /** `taskKey`s of the tasks the role takes over. */
  taskKeys: string[];
  competences: CompetenceChoice[];
}

/**
 * Hours a week the picked tasks take across everyone who does them now, in half hours and at
 * most a full week of 40: where the composer starts the role's hours.
 */
export function suggestedHours(
  picked: readonly { sharePercent: number; headcount: number }[],
): number {
  const hours = picked.reduce(
    (sum, task) => sum + (task.sharePercent / 100) * FULL_TIME_WEEKLY_HOURS * task.headcount,
    0,
  );
  return Math.min(40, Math.round(hours * 2) / 2);
}

const isWeeklyHours = (hours: number) =>
  Number.isFinite(hours) && hours >= 1 && hours <= 40 && Number.isInteger(hours * 2);

export function validateComposer(values: ComposerValues): FormErrors {
  const errors: FormErrors = {};
  const title = values.title.trim();
  if (title.length < 2) errors.title = 'Geef de functie een titel.';
  else if (title.length > 160) errors.title = 'Hoogstens 160 tekens.';
  if (!isWeeklyHours(parseNumber(values.hoursPerWeek))) {
    errors.hoursPerWeek = 'Het aantal uren per week ligt tussen 1 en 40, in hele of halve uren.';
  }
  if (values.taskKeys.length === 0) errors.tasks = 'Kies minstens één taak voor de nieuwe functie.';
  const description = values.description.trim();
  if (description.length === 0) errors.description = 'Beschrijf het voorstel.';
  else if (description.length > 5000) errors.description = 'Hoogstens 5000 tekens.';
  return errors;
}

export function proposeInputFrom(values: ComposerValues): ProposeJobCarvingRoleInput {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    hoursPerWeek: parseNumber(values.hoursPerWeek),
    tasks: values.taskKeys.map((key) => {
      const separator = key.lastIndexOf(':');
      return { jobId: key.slice(0, separator), taskIndex: Number(key.slice(separator + 1)) };
    }),
    competences: values.competences.map((competence) => ({
      competenceCode: competence.code,
      minLevel: competence.minLevel,
      requirement: competence.requirement,
    })),
  };
}

/**
 * The API's problems under the composer's fields: anything about a task goes to the task list,
 * a competence's problem to its row (`competences.1`).
 */
export function composerErrorsFromApi(fields: Readonly<Record<string, string>>): FormErrors {
  const errors: FormErrors = {};
  for (const [path, message] of Object.entries(fields)) {
    const key = path.startsWith('tasks') ? 'tasks' : path.replace(/^(competences\.\d+)\..*$/, '$1');
    errors[key] ??= message;
  }
  return errors;
}
