import {
  JOB_CARVING_REASONS,
  type JobCarvingReason,
  type TaskComplexity,
} from '@werkbrug/domain-rules';
import type { FieldProblem } from '@werkbrug/ui';

export const REASONS = JOB_CARVING_REASONS;
export type Reason = JobCarvingReason;

/** The answer to "could this task be split off?", as chosen in the form. */
export type Splittable = 'YES' | 'NO';
export const SPLITTABLE_LABELS: Record<Splittable, string> = { YES: 'Ja', NO: 'Nee' };

export const REASON_LABELS: Record<Reason, string> = {
  SHORTAGE: 'We hebben te weinig personeel',
  WORKLOAD: 'Onze vakkrachten hebben een te hoge werkdruk',
  INCLUSION: 'We willen werk bieden aan mensen met een afstand tot de arbeidsmarkt',
  OTHER: 'Een andere reden',
};

export interface TaskValues {
  name: string;
  /** % of the job's time, as typed. */
  sharePercent: string;
  complexity: TaskComplexity | '';
  splittable: Splittable | '';
}

export interface JobValues {
  /** Stable React key; never sent. */
  key: string;
  title: string;
  headcount: string;
  tasks: TaskValues[];
}

export interface JobCarvingValues {
  department: string;
  reason: Reason | '';
  notes: string;
  jobs: JobValues[];
}

/** Errors by path, as the API names them without `input.`: `department`, `jobs.0.tasks.1.name`. */
export type JobCarvingErrors = Record<string, string>;

export const STEPS = ['Afdeling', 'Functies', 'Taken', 'Controleren en indienen'] as const;
export type Step = 0 | 1 | 2 | 3;

export const MAX_JOBS = 20;
export const MAX_TASKS = 30;
const MIN_SHARE = 50;
const MAX_SHARE = 100;

let nextKey = 1;
export const emptyTask = (): TaskValues => ({
  name: '',
  sharePercent: '',
  complexity: '',
  splittable: '',
});
export const emptyJob = (): JobValues => ({
  key: `job-${nextKey++}`,
  title: '',
  headcount: '1',
  tasks: [emptyTask()],
});

export const emptyJobCarving = (): JobCarvingValues => ({
  department: '',
  reason: '',
  notes: '',
  jobs: [emptyJob()],
});

const wholeNumber = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN);

/** The described share of a job's time: the sum of its tasks' valid shares. */
export function describedShare(job: JobValues): number {
  return job.tasks.reduce((sum, task) => {
    const share = wholeNumber(task.sharePercent);
    return Number.isNaN(share) ? sum : sum + share;
  }, 0);
}

export function validateDepartment(values: JobCarvingValues): JobCarvingErrors {
  const errors: JobCarvingErrors = {};
  const department = values.department.trim();
  if (department.length < 2) errors.department = 'Vul de afdeling in.';
  else if (department.length > 160) errors.department = 'Hoogstens 160 tekens.';
  if (values.reason === '') errors.reason = 'Kies waarom u jobcarving overweegt.';
  if (values.notes.length > 3000) errors.notes = 'Hoogstens 3000 tekens.';
  return errors;
}

export function validateJobs(values: JobCarvingValues): JobCarvingErrors {
  const errors: JobCarvingErrors = {};
  values.jobs.forEach((job, j) => {
    if (job.title.trim().length < 2) errors[`jobs.${j}.title`] = 'Geef de functie een naam.';
    const headcount = wholeNumber(job.headcount);
    if (Number.isNaN(headcount) || headcount < 1 || headcount > 1000) {
      errors[`jobs.${j}.headcount`] =
        'Het aantal medewerkers is een heel getal van 1 tot en met 1000.';
    }
  });
  return errors;
}

export function validateTasks(values: JobCarvingValues): JobCarvingErrors {
  const errors: JobCarvingErrors = {};
  values.jobs.forEach((job, j) => {
    let sharesValid = true;
    job.tasks.forEach((task, t) => {
      const path = `jobs.${j}.tasks.${t}`;
      if (task.name.trim().length < 2)
        errors[`${path}.name`] = 'Beschrijf de taak in een paar woorden.';
      const share = wholeNumber(task.sharePercent);
      if (Number.isNaN(share) || share < 1 || share > 100) {
        errors[`${path}.sharePercent`] = 'Het aandeel is een heel percentage van 1 tot en met 100.';
        sharesValid = false;
      }
      if (task.complexity === '') errors[`${path}.complexity`] = 'Kies hoe complex de taak is.';
      if (task.splittable === '')
        errors[`${path}.splittable`] = 'Geef aan of de taak kan worden afgesplitst.';
    });
    const total = describedShare(job);
    if (sharesValid && total > MAX_SHARE) {
      errors[`jobs.${j}.tasks`] =
        `De taken van deze functie beslaan samen ${total} % van de tijd; dat mag hoogstens 100 % zijn.`;
    } else if (sharesValid && total < MIN_SHARE) {
      errors[`jobs.${j}.tasks`] =
        `De taken beslaan samen pas ${total} % van de tijd. Beschrijf taken die samen minstens de helft van het werk in deze functie vormen.`;
    }
  });
  return errors;
}

const VALIDATORS: Record<Exclude<Step, 3>, (values: JobCarvingValues) => JobCarvingErrors> = {
  0: validateDepartment,
  1: validateJobs,
  2: validateTasks,
};

export function validateStep(step: Step, values: JobCarvingValues): JobCarvingErrors {
  return step === 3 ? validateAll(values) : VALIDATORS[step](values);
}

export function validateAll(values: JobCarvingValues): JobCarvingErrors {
  return { ...validateDepartment(values), ...validateJobs(values), ...validateTasks(values) };
}

/** Which step a field is on: the department's, a job's, or a task's. */
export function stepOf(path: string): Exclude<Step, 3> {
  if (/^jobs\.\d+\.tasks/.test(path)) return 2;
  if (path.startsWith('jobs')) return 1;
  return 0;
}

/** The API's problems under this form's keys: `input.jobs.0.title` → `jobs.0.title`. */
export function errorsFromApi(problems: readonly FieldProblem[]): JobCarvingErrors {
  const errors: JobCarvingErrors = {};
  for (const { path, message } of problems) {
    errors[path.replace(/^input\./, '')] ??= message;
  }
  return errors;
}

/** An input id for a key: `jobs.0.tasks.1.name` → `jobcarving-jobs-0-tasks-1-name`. */
export const fieldId = (key: string) => `jobcarving-${key.replace(/\./g, '-')}`;

/** Where an error summary sends the focus: a job's share total goes to its first task's share. */
export function focusIdOf(key: string): string {
  return /^jobs\.\d+\.tasks$/.test(key) ? fieldId(`${key}.0.sharePercent`) : fieldId(key);
}

/** Hours a week of SIMPLE work, as the WSP's analysis counts them (share of a 36-hour week). */
export function simpleHoursPerWeek(values: JobCarvingValues): number {
  const hours = values.jobs.reduce((sum, job) => {
    const headcount = wholeNumber(job.headcount);
    const share = job.tasks
      .filter((task) => task.complexity === 'SIMPLE')
      .reduce((total, task) => total + (wholeNumber(task.sharePercent) || 0), 0);
    return sum + (share / 100) * 36 * (Number.isNaN(headcount) ? 0 : headcount);
  }, 0);
  return Math.round(hours * 10) / 10;
}

export function toSubmitInput(values: JobCarvingValues, employerId: string) {
  if (values.reason === '') throw new Error('toSubmitInput needs validated values');
  return {
    employerId,
    department: values.department.trim(),
    reason: values.reason,
    notes: values.notes.trim(),
    jobs: values.jobs.map((job) => ({
      title: job.title.trim(),
      headcount: wholeNumber(job.headcount),
      tasks: job.tasks.map((task) => {
        if (task.complexity === '' || task.splittable === '') {
          throw new Error('toSubmitInput needs validated values');
        }
        return {
          name: task.name.trim(),
          sharePercent: wholeNumber(task.sharePercent),
          complexity: task.complexity,
          splittable: task.splittable === 'YES',
        };
      }),
    })),
  };
}
