import type { TaskComplexity } from '@werkbrug/domain-rules';

/** The working week a task's share is measured against when we turn it into hours. */
export const FULL_TIME_WEEKLY_HOURS = 36;

/**
 * The tasks of one job together take at most all of its time, and at least half of it: with less,
 * the analysis would miss too much of the work, so we ask the employer to describe more.
 */
export const MIN_DESCRIBED_SHARE_PERCENT = 50;
export const MAX_DESCRIBED_SHARE_PERCENT = 100;

interface TaskLike {
  name: string;
  sharePercent: number;
  complexity: TaskComplexity;
}

interface JobLike {
  id: string;
  title: string;
  headcount: number;
  tasks: readonly TaskLike[];
}

/** A simple task that could move from an existing job into a carved role. */
export interface CarvableTask {
  jobId: string;
  jobTitle: string;
  taskName: string;
  sharePercent: number;
  headcount: number;
  /** Hours a week the task takes in one full-time (36 h) job. */
  hoursPerWeek: number;
  /** The same across everyone in that job (hoursPerWeek × headcount). */
  totalHoursPerWeek: number;
}

export const describedSharePercent = (tasks: readonly Pick<TaskLike, 'sharePercent'>[]): number =>
  tasks.reduce((sum, task) => sum + task.sharePercent, 0);

/** Dutch message when a job's task shares do not add up to 50-100 %, null when they do. */
export function taskSharesProblem(tasks: readonly Pick<TaskLike, 'sharePercent'>[]): string | null {
  const total = describedSharePercent(tasks);
  if (total > MAX_DESCRIBED_SHARE_PERCENT) {
    return `De taken van deze functie beslaan samen ${total} % van de tijd; dat mag hoogstens 100 % zijn.`;
  }
  if (total < MIN_DESCRIBED_SHARE_PERCENT) {
    return `De taken beslaan samen pas ${total} % van de tijd. Beschrijf taken die samen minstens de helft van het werk in deze functie vormen.`;
  }
  return null;
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/**
 * The SIMPLE tasks across all jobs, with the hours a week they represent: the raw material for a
 * carved role. Largest total first, so the account manager sees where most work can be bundled.
 */
export function findCarvableTasks(
  jobs: readonly JobLike[],
  fullTimeHours = FULL_TIME_WEEKLY_HOURS,
): CarvableTask[] {
  return jobs
    .flatMap((job) =>
      job.tasks
        .filter((task) => task.complexity === 'SIMPLE')
        .map((task) => {
          const hours = (task.sharePercent / 100) * fullTimeHours;
          return {
            jobId: job.id,
            jobTitle: job.title,
            taskName: task.name,
            sharePercent: task.sharePercent,
            headcount: job.headcount,
            hoursPerWeek: oneDecimal(hours),
            totalHoursPerWeek: oneDecimal(hours * job.headcount),
          };
        }),
    )
    .sort(
      (a, b) =>
        b.totalHoursPerWeek - a.totalHoursPerWeek ||
        a.jobTitle.localeCompare(b.jobTitle, 'nl') ||
        a.taskName.localeCompare(b.taskName, 'nl'),
    );
}

/** All carvable hours a week together: how large a carved role (or how many) the work could fill. */
export const carvableHoursPerWeek = (tasks: readonly CarvableTask[]): number =>
  oneDecimal(tasks.reduce((sum, task) => sum + task.totalHoursPerWeek, 0));
