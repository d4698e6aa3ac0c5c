import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import type { FieldError } from '../../common/errors/domain-error.js';
import { CompetenceEntity } from '../competence/competence.entity.js';
import type { VacancyCompetenceInput } from '../vacancy/dto/vacancy.input.js';
import {
  JobCarvingJobEntity,
  JobCarvingRequestEntity,
  type JobCarvingAnalysis,
  type JobCarvingProposal,
  type JobCarvingRoleCompetence,
} from './job-carving.entity.js';
import { JobCarvingErrors } from './job-carving.exception.js';
import { JobCarvingService, statusChange } from './job-carving.service.js';
import type {
  JobCarvingTaskRefInput,
  ProposeJobCarvingRoleInput,
  RecordJobCarvingAnalysisInput,
} from './dto/job-carving.input.js';

type ResolvedTask = { jobId: string; taskIndex: number; jobTitle: string; taskName: string };

/**
 * Each reference as the task it points at, or field errors: unknown job, unknown task, a task
 * named twice, or (with `allowed`) a task outside that set.
 */
export function resolveTaskRefs(
  jobs: readonly Pick<JobCarvingJobEntity, 'id' | 'title' | 'tasks'>[],
  refs: readonly JobCarvingTaskRefInput[],
  prefix: string,
  allowed?: ReadonlySet<string>,
): { tasks: ResolvedTask[]; errors: FieldError[] } {
  const byId = new Map(jobs.map((job) => [job.id, job]));
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  const tasks: ResolvedTask[] = [];
  refs.forEach((ref, index) => {
    const job = byId.get(ref.jobId);
    if (!job) {
      errors.push({
        field: `${prefix}.${index}.jobId`,
        message: JobCarvingErrors.unknownTaskMessage,
      });
      return;
    }
    const task = job.tasks[ref.taskIndex];
    const key = `${ref.jobId}:${ref.taskIndex}`;
    const field = `${prefix}.${index}.taskIndex`;
    if (!task) errors.push({ field, message: JobCarvingErrors.unknownTaskMessage });
    else if (seen.has(key)) errors.push({ field, message: JobCarvingErrors.duplicateTaskMessage });
    else if (allowed && !allowed.has(key))
      errors.push({ field, message: JobCarvingErrors.notSplittableMessage });
    else
      tasks.push({
        jobId: job.id,
        taskIndex: ref.taskIndex,
        jobTitle: job.title,
        taskName: task.name,
      });
    seen.add(key);
  });
  return { tasks, errors };
}

/** The account manager's part: the task analysis and the carved role proposed to the employer. */
@Injectable()
export class JobCarvingProposalService {
  constructor(
    private readonly requests: JobCarvingService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** While SUBMITTED (which moves it to ANALYSING) or ANALYSING (which replaces the analysis). */
  async recordAnalysis(
    viewer: Viewer,
    id: string,
    input: RecordJobCarvingAnalysisInput,
  ): Promise<JobCarvingRequestEntity> {
    const request = await this.requests.get(viewer, id);
    if (request.archivedAt) throw JobCarvingErrors.archived();
    await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(JobCarvingRequestEntity);
      // Locked, so the employer cannot replace the jobs between our check and our write.
      const locked = await repository.findOne({
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!locked) throw JobCarvingErrors.notFound();
      if (locked.status !== 'SUBMITTED' && locked.status !== 'ANALYSING')
        throw JobCarvingErrors.notAnalysable();
      const jobs = await manager.getRepository(JobCarvingJobEntity).findBy({ requestId: id });
      const { tasks, errors } = resolveTaskRefs(jobs, input.tasks, 'input.tasks');
      if (errors.length) throw JobCarvingErrors.invalidInput(errors);
      const analysis: JobCarvingAnalysis = {
        summary: input.summary.trim(),
        tasks: tasks.map((task, index) => ({
          ...task,
          sharePercent: input.tasks[index].sharePercent,
          complexity: input.tasks[index].complexity,
          splittable: input.tasks[index].splittable,
        })),
        recordedById: viewer.userId,
        recordedByName: viewer.displayName,
        recordedAt: new Date().toISOString(),
      };
      const starts = locked.status === 'SUBMITTED';
      await repository.update(id, {
        analysis,
        ...(starts && {
          status: 'ANALYSING',
          statusHistory: [
            ...locked.statusHistory,
            statusChange(viewer, 'SUBMITTED', 'ANALYSING', 'Taakanalyse vastgelegd.'),
          ],
        }),
      });
    });
    return this.requests.get(viewer, id);
  }

  /** From ANALYSING with an analysis: stores the composed role and moves the request to PROPOSED. */
  async propose(
    viewer: Viewer,
    id: string,
    input: ProposeJobCarvingRoleInput,
  ): Promise<JobCarvingRequestEntity> {
    const request = await this.requests.get(viewer, id);
    if (request.archivedAt) throw JobCarvingErrors.archived();
    if (request.status !== 'ANALYSING') throw JobCarvingErrors.notProposable();
    if (!request.analysis) throw JobCarvingErrors.analysisMissing();
    const splittable = new Set(
      request.analysis.tasks
        .filter((task) => task.splittable)
        .map((task) => `${task.jobId}:${task.taskIndex}`),
    );
    const { tasks, errors } = resolveTaskRefs(request.jobs, input.tasks, 'input.tasks', splittable);
    const competences = await this.resolveCompetences(
      input.competences,
      'input.competences',
      errors,
    );
    if (errors.length) throw JobCarvingErrors.invalidInput(errors);
    const proposal: JobCarvingProposal = {
      title: input.title.trim(),
      description: input.description.trim(),
      hoursPerWeek: input.hoursPerWeek,
      tasks,
      competences,
      proposedById: viewer.userId,
      proposedByName: viewer.displayName,
      proposedAt: new Date().toISOString(),
    };
    const note = `Voorstel: ${proposal.title}, ${String(proposal.hoursPerWeek).replace('.', ',')} uur per week.`;
    // Only from the status we checked, so two concurrent changes cannot both pass.
    const changed = await this.dataSource.getRepository(JobCarvingRequestEntity).update(
      { id, status: 'ANALYSING' },
      {
        status: 'PROPOSED',
        proposal,
        statusHistory: [
          ...request.statusHistory,
          statusChange(viewer, 'ANALYSING', 'PROPOSED', note),
        ],
      },
    );
    if (!changed.affected) throw JobCarvingErrors.statusChangedMeanwhile();
    return this.requests.get(viewer, id);
  }

  /** The asked competences with their names; problems are added to `errors`. */
  private async resolveCompetences(
    asked: VacancyCompetenceInput[],
    prefix: string,
    errors: FieldError[],
  ): Promise<JobCarvingRoleCompetence[]> {
    const codes = [...new Set(asked.map((c) => c.competenceCode))];
    const known = new Map(
      codes.length === 0
        ? []
        : (
            await this.dataSource
              .getRepository(CompetenceEntity)
              .findBy({ code: In(codes), archivedAt: IsNull() })
          ).map((c) => [c.code, c.label]),
    );
    const seen = new Set<string>();
    const resolved: JobCarvingRoleCompetence[] = [];
    asked.forEach((competence, index) => {
      const field = `${prefix}.${index}.competenceCode`;
      const name = known.get(competence.competenceCode);
      if (seen.has(competence.competenceCode))
        errors.push({ field, message: JobCarvingErrors.duplicateCompetenceMessage });
      else if (name === undefined)
        errors.push({ field, message: JobCarvingErrors.unknownCompetenceMessage });
      else {
        resolved.push({
          competenceCode: competence.competenceCode,
          competenceName: name,
          minLevel: competence.minLevel,
          weight: competence.weight,
          requirement: competence.requirement,
        });
      }
      seen.add(competence.competenceCode);
    });
    return resolved;
  }
}
