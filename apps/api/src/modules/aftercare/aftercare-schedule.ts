import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  aftercareDueDate,
  aftercareSchedule,
  scheduledStatus,
  type IsoDate,
} from '@werkbrug/domain-rules';
import { DataSource, In, Not, type EntityManager } from 'typeorm';
import { AftercareCheckInEntity } from './aftercare-check-in.entity.js';

type ScheduledPlacement = { id: string; startDate: IsoDate; endDate: IsoDate | null };

/** The placement module's door to aftercare: the schedule lives and changes with the placement. */
@Injectable()
export class AftercareSchedule {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Creates the check-ins of a new placement; call inside the transaction that inserts it. */
  async create(manager: EntityManager, placement: ScheduledPlacement): Promise<void> {
    await manager.getRepository(AftercareCheckInEntity).insert(
      aftercareSchedule(placement.startDate).map(({ kind, dueDate }) => ({
        placementId: placement.id,
        kind,
        dueDate,
        status: scheduledStatus(dueDate, placement.endDate),
      })),
    );
  }

  /**
   * After the start or end date changed: check-ins not done move with the start date, and those
   * falling after the last working day are cancelled (reopened when the end date moves out again).
   */
  async reschedule(manager: EntityManager, placement: ScheduledPlacement): Promise<void> {
    const repository = manager.getRepository(AftercareCheckInEntity);
    const pending = await repository.find({
      where: { placementId: placement.id, status: Not('DONE') },
    });
    for (const checkIn of pending) {
      const dueDate = aftercareDueDate(placement.startDate, checkIn.kind);
      const status = scheduledStatus(dueDate, placement.endDate);
      if (dueDate !== checkIn.dueDate || status !== checkIn.status)
        await repository.update(checkIn.id, { dueDate, status });
    }
  }

  /** Check-ins by placement id, in due order, with who completed them. */
  async forPlacements(
    placementIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, AftercareCheckInEntity[]>> {
    const byPlacement = new Map<string, AftercareCheckInEntity[]>(
      placementIds.map((id) => [id, []]),
    );
    if (placementIds.length === 0) return byPlacement;
    const rows = await manager.getRepository(AftercareCheckInEntity).find({
      where: { placementId: In([...placementIds]) },
      relations: { completedBy: true },
      order: { dueDate: 'ASC' },
    });
    for (const row of rows) byPlacement.get(row.placementId)?.push(row);
    return byPlacement;
  }
}
