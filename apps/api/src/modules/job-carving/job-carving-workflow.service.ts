import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JobCarvingStatus } from '@werkbrug/domain-rules';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { VacancyService } from '../vacancy/vacancy.service.js';
import {
  checkJobCarvingStatusChange,
  jobCarvingStatusChangeMessage,
  sideOfRole,
} from './job-carving-status.js';
import { JobCarvingRequestEntity } from './job-carving.entity.js';
import { JobCarvingErrors } from './job-carving.exception.js';
import { JobCarvingService, statusChange } from './job-carving.service.js';
import type { CreateVacancyFromJobCarvingInput } from './dto/job-carving.input.js';

/** Moves requests through their statuses, up to the vacancy the carved role becomes. */
@Injectable()
export class JobCarvingWorkflowService {
  constructor(
    private readonly requests: JobCarvingService,
    private readonly vacancies: VacancyService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async changeStatus(
    viewer: Viewer,
    id: string,
    status: JobCarvingStatus,
    note: string | null,
  ): Promise<JobCarvingRequestEntity> {
    const reason = note?.trim() || null;
    const request = await this.requests.get(viewer, id);
    if (status === 'REJECTED' && !reason) throw JobCarvingErrors.reasonRequired();
    if (request.archivedAt) throw JobCarvingErrors.archived();
    switch (checkJobCarvingStatusChange(request.status, status, sideOfRole(viewer.role))) {
      case 'INVALID':
        throw JobCarvingErrors.invalidStatusChange(
          jobCarvingStatusChangeMessage(request.status, status),
        );
      case 'NEEDS_VACANCY':
        throw JobCarvingErrors.useVacancyCreation();
      case 'NOT_FOR_EMPLOYER':
        throw JobCarvingErrors.notForEmployer();
      case 'NEEDS_PROPOSAL':
        throw JobCarvingErrors.useProposal();
      case 'ALLOWED':
        break;
    }
    // Only from the status we checked, so two concurrent changes cannot both pass.
    const changed = await this.dataSource.getRepository(JobCarvingRequestEntity).update(
      { id, status: request.status },
      {
        status,
        statusHistory: [
          ...request.statusHistory,
          statusChange(viewer, request.status, status, reason),
        ],
      },
    );
    if (!changed.affected) throw JobCarvingErrors.statusChangedMeanwhile();
    return this.requests.get(viewer, id);
  }

  /** From an ACCEPTED request: the vacancy, the link and VACANCY_CREATED, in one transaction. */
  async createVacancy(
    viewer: Viewer,
    id: string,
    input: CreateVacancyFromJobCarvingInput,
  ): Promise<JobCarvingRequestEntity> {
    const request = await this.requests.get(viewer, id);
    if (request.archivedAt) throw JobCarvingErrors.archived();
    if (request.status !== 'ACCEPTED') throw JobCarvingErrors.notAccepted();
    await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(JobCarvingRequestEntity);
      const locked = await repository.findOne({
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (locked?.status !== 'ACCEPTED') throw JobCarvingErrors.statusChangedMeanwhile();
      const vacancyId = await this.vacancies.createWithin(manager, viewer, {
        ...input,
        employerId: locked.employerId,
      });
      await repository.update(id, {
        status: 'VACANCY_CREATED',
        vacancyId,
        statusHistory: [
          ...locked.statusHistory,
          statusChange(viewer, 'ACCEPTED', 'VACANCY_CREATED', null),
        ],
      });
    });
    return this.requests.get(viewer, id);
  }
}
