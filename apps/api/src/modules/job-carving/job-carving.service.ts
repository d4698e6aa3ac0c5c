import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { JobCarvingStatus } from '@werkbrug/domain-rules';
import { DataSource, In, Repository, type EntityManager } from 'typeorm';
import { regionScope } from '../../common/auth/scope.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { paginate, type Connection } from '../../common/graphql/pagination.js';
import { EmployerEntity } from '../employer/employer.entity.js';
import { assertCanReachJobCarving } from './job-carving-access.js';
import { sideOfRole } from './job-carving-status.js';
import {
  JobCarvingJobEntity,
  JobCarvingRequestEntity,
  type JobCarvingStatusChange,
} from './job-carving.entity.js';
import { JobCarvingErrors } from './job-carving.exception.js';
import type { JobCarvingRequestsArgs } from './dto/job-carving.args.js';
import type {
  JobCarvingJobInput,
  SubmitJobCarvingRequestInput,
  UpdateJobCarvingRequestInput,
} from './dto/job-carving.input.js';

const RELATIONS = { employer: true, submittedBy: true, vacancy: true, jobs: true } as const;

/** One entry of a request's status history, made by the viewer now. */
export function statusChange(
  viewer: Viewer,
  fromStatus: JobCarvingStatus | null,
  toStatus: JobCarvingStatus,
  note: string | null,
): JobCarvingStatusChange {
  return {
    fromStatus,
    toStatus,
    note,
    changedById: viewer.userId,
    changedByName: viewer.displayName,
    changedAt: new Date().toISOString(),
  };
}

/** Submitting, reading and editing job-carving requests; the workflow service moves them on. */
@Injectable()
export class JobCarvingService {
  constructor(
    @InjectRepository(JobCarvingRequestEntity)
    private readonly requests: Repository<JobCarvingRequestEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async list(
    viewer: Viewer,
    args: JobCarvingRequestsArgs,
  ): Promise<Connection<JobCarvingRequestEntity>> {
    const query = this.requests
      .createQueryBuilder('request')
      .innerJoin('request.employer', 'employer');
    if (viewer.role === 'EMPLOYER_USER') {
      query.andWhere('request.employerId = :own', { own: viewer.employerId });
    } else {
      const scope = regionScope(viewer);
      if (scope)
        query.andWhere('employer.regionCode IN (:...scope)', {
          scope: scope.length ? scope : [''],
        });
    }
    if (!args.includeArchived) query.andWhere('request.archivedAt IS NULL');
    if (args.employerId)
      query.andWhere('request.employerId = :employerId', { employerId: args.employerId });
    if (args.status) query.andWhere('request.status = :status', { status: args.status });
    if (args.regionCode)
      query.andWhere('employer.regionCode = :regionCode', { regionCode: args.regionCode });
    const page = await paginate(query, args, { column: 'department', key: (r) => r.department });
    return { ...page, nodes: await this.withRelations(page.nodes.map((r) => r.id)) };
  }

  async get(viewer: Viewer, id: string): Promise<JobCarvingRequestEntity> {
    const request = await this.requests.findOne({ where: { id }, relations: RELATIONS });
    if (!request) throw JobCarvingErrors.notFound();
    assertCanReachJobCarving(viewer, request.employer);
    return request;
  }

  async submit(
    viewer: Viewer,
    input: SubmitJobCarvingRequestInput,
  ): Promise<JobCarvingRequestEntity> {
    const employer = await this.dataSource
      .getRepository(EmployerEntity)
      .findOneBy({ id: input.employerId });
    if (!employer) throw JobCarvingErrors.employerNotFound();
    assertCanReachJobCarving(viewer, employer);
    if (employer.archivedAt) throw JobCarvingErrors.employerArchived();
    const id = await this.dataSource.transaction(async (manager) => {
      const request = await manager.getRepository(JobCarvingRequestEntity).save({
        employerId: employer.id,
        department: input.department.trim(),
        reason: input.reason,
        notes: input.notes.trim(),
        status: 'SUBMITTED',
        submittedById: viewer.userId,
        statusHistory: [statusChange(viewer, null, 'SUBMITTED', null)],
      });
      await this.insertJobs(manager, request.id, input.jobs);
      return request.id;
    });
    return this.get(viewer, id);
  }

  /** Only while SUBMITTED, and only by the side that submitted it (the employer, or the WSP). */
  async update(
    viewer: Viewer,
    id: string,
    input: UpdateJobCarvingRequestInput,
  ): Promise<JobCarvingRequestEntity> {
    const request = await this.get(viewer, id);
    if (request.archivedAt) throw JobCarvingErrors.archived();
    if (request.status !== 'SUBMITTED') throw JobCarvingErrors.notEditable();
    // A submitter whose account is gone leaves the request to both sides.
    if (request.submittedBy && sideOfRole(request.submittedBy.role) !== sideOfRole(viewer.role)) {
      throw JobCarvingErrors.notTheSubmitterSide();
    }
    await this.dataSource.transaction(async (manager) => {
      const changed = await manager.getRepository(JobCarvingRequestEntity).update(
        { id, status: 'SUBMITTED' },
        {
          ...(input.department !== undefined && { department: input.department.trim() }),
          ...(input.reason !== undefined && { reason: input.reason }),
          ...(input.notes !== undefined && { notes: input.notes.trim() }),
          updatedAt: new Date(),
        },
      );
      if (!changed.affected) throw JobCarvingErrors.notEditable();
      if (input.jobs) {
        await manager.getRepository(JobCarvingJobEntity).delete({ requestId: id });
        await this.insertJobs(manager, id, input.jobs);
      }
    });
    return this.get(viewer, id);
  }

  async archive(viewer: Viewer, id: string): Promise<JobCarvingRequestEntity> {
    const request = await this.get(viewer, id);
    if (!request.archivedAt) await this.requests.update(id, { archivedAt: new Date() });
    return this.get(viewer, id);
  }

  private async insertJobs(
    manager: EntityManager,
    requestId: string,
    jobs: JobCarvingJobInput[],
  ): Promise<void> {
    await manager.getRepository(JobCarvingJobEntity).insert(
      jobs.map((job) => ({
        requestId,
        title: job.title.trim(),
        headcount: job.headcount,
        tasks: job.tasks.map((task) => ({
          name: task.name.trim(),
          sharePercent: task.sharePercent,
          complexity: task.complexity,
          splittable: task.splittable,
        })),
      })),
    );
  }

  private async withRelations(ids: string[]): Promise<JobCarvingRequestEntity[]> {
    if (ids.length === 0) return [];
    const rows = await this.requests.find({ where: { id: In(ids) }, relations: RELATIONS });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id)!);
  }
}
