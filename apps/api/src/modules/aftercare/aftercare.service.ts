import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository } from 'typeorm';
import { regionScope } from '../../common/auth/scope.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { paginate, type Connection } from '../../common/graphql/pagination.js';
import { assertCanReachPipelineRecord } from '../introduction/introduction-access.js';
import {
  PipelineJobSeekers,
  type JobSeekerFacts,
  type PersonName,
} from '../introduction/pipeline-job-seekers.js';
import { todayInNetherlands } from '../job-seeker/calendar.js';
import { AftercareCheckInEntity } from './aftercare-check-in.entity.js';
import { AftercareSchedule } from './aftercare-schedule.js';
import { AftercareErrors } from './aftercare.exception.js';
import type { AftercareTasksArgs, RecordAftercareCheckInInput } from './dto/aftercare.args.js';

/** A check-in with its placement (employer and account manager loaded) and what the task list shows about it. */
export interface AftercareTaskView {
  checkIn: AftercareCheckInEntity;
  jobSeeker: JobSeekerFacts;
  name: PersonName | null;
  /** Every check-in of the placement, for its risk. */
  schedule: AftercareCheckInEntity[];
}

@Injectable()
export class AftercareService {
  constructor(
    @InjectRepository(AftercareCheckInEntity)
    private readonly checkIns: Repository<AftercareCheckInEntity>,
    private readonly schedule: AftercareSchedule,
    private readonly jobSeekers: PipelineJobSeekers,
  ) {}

  /**
   * Check-ins of running (not ended before today), unarchived placements in the viewer's regions
   * (the employer's or the job-seeker's), earliest due first, so overdue ones lead.
   */
  async tasks(viewer: Viewer, args: AftercareTasksArgs): Promise<Connection<AftercareTaskView>> {
    const query = this.checkIns
      .createQueryBuilder('checkIn')
      .innerJoin('checkIn.placement', 'placement')
      .innerJoin('placement.employer', 'employer')
      .where('checkIn.status = :status', { status: args.status })
      .andWhere('placement.archivedAt IS NULL')
      .andWhere('(placement.endDate IS NULL OR placement.endDate >= :today)', {
        today: todayInNetherlands(),
      });
    const scope = regionScope(viewer);
    if (scope) {
      const regions = scope.length ? scope : [''];
      query
        .innerJoin('placement.jobSeeker', 'jobSeeker')
        .innerJoin('jobSeeker.municipality', 'municipality')
        .andWhere(
          new Brackets((where) =>
            where
              .where('employer.regionCode IN (:...regions)', { regions })
              .orWhere('municipality.regionCode IN (:...regions)', { regions }),
          ),
        );
    }
    if (args.mine) query.andWhere('employer.accountManagerId = :me', { me: viewer.userId });
    if (args.regionCode)
      query.andWhere('employer.regionCode = :regionCode', { regionCode: args.regionCode });
    if (args.dueBefore)
      query.andWhere('checkIn.dueDate <= :dueBefore', { dueBefore: args.dueBefore });
    const page = await paginate(query, args, {
      column: 'dueDate',
      key: (checkIn) => checkIn.dueDate,
    });
    return {
      ...page,
      nodes: await this.views(
        viewer,
        page.nodes.map((checkIn) => checkIn.id),
      ),
    };
  }

  async record(
    viewer: Viewer,
    id: string,
    input: RecordAftercareCheckInInput,
  ): Promise<AftercareCheckInEntity> {
    const checkIn = await this.reachable(viewer, id);
    if (checkIn.placement.archivedAt) throw AftercareErrors.placementArchived();
    if (checkIn.status !== 'OPEN') throw AftercareErrors.notOpen();
    if (input.date > todayInNetherlands()) throw AftercareErrors.dateInFuture();
    if (input.date < checkIn.placement.startDate) throw AftercareErrors.dateBeforeStart();
    // Only an open check-in is completed: a concurrent second recording changes no row.
    const { affected } = await this.checkIns.update(
      { id, status: 'OPEN' },
      {
        status: 'DONE',
        completedOn: input.date,
        completedById: viewer.userId,
        outcome: input.outcome,
        channel: input.channel,
        note: input.note ? input.note : null,
      },
    );
    if (!affected) throw AftercareErrors.notOpen();
    return this.checkIns.findOneOrFail({ where: { id }, relations: { completedBy: true } });
  }

  private async reachable(viewer: Viewer, id: string): Promise<AftercareCheckInEntity> {
    const checkIn = await this.checkIns.findOne({
      where: { id },
      relations: { placement: { employer: true } },
    });
    if (!checkIn) throw AftercareErrors.notFound();
    const facts = await this.jobSeekers.factsOf(checkIn.placement.jobSeekerId);
    assertCanReachPipelineRecord(viewer, {
      employerId: checkIn.placement.employerId,
      employerRegionCode: checkIn.placement.employer.regionCode,
      jobSeekerRegionCode: facts?.regionCode ?? '',
    });
    return checkIn;
  }

  private async views(viewer: Viewer, ids: string[]): Promise<AftercareTaskView[]> {
    if (ids.length === 0) return [];
    const rows = await this.checkIns.find({
      where: ids.map((id) => ({ id })),
      relations: { completedBy: true, placement: { employer: { accountManager: true } } },
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const checkIns = ids.map((id) => byId.get(id)!);
    const jobSeekerIds = [...new Set(checkIns.map((checkIn) => checkIn.placement.jobSeekerId))];
    const [facts, names, schedules] = await Promise.all([
      this.jobSeekers.facts(jobSeekerIds),
      this.jobSeekers.names(viewer, jobSeekerIds, 'aftercare.tasks'),
      this.schedule.forPlacements([...new Set(checkIns.map((checkIn) => checkIn.placementId))]),
    ]);
    return checkIns.map((checkIn) => ({
      checkIn,
      jobSeeker: facts.get(checkIn.placement.jobSeekerId)!,
      name: names.get(checkIn.placement.jobSeekerId) ?? null,
      schedule: schedules.get(checkIn.placementId) ?? [],
    }));
  }
}
