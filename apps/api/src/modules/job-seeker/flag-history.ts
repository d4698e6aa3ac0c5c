import { addDays, type IsoDate } from '@werkbrug/domain-rules';
import { IsNull, type EntityManager } from 'typeorm';
import { JobSeekerFlagPeriodEntity } from '../results/results.entity.js';

type Flags = { doelgroepregister: boolean; indicatieBeschutWerk: boolean };

const FLAG_NAMES = {
  doelgroepregister: 'DOELGROEPREGISTER',
  indicatieBeschutWerk: 'INDICATIE_BESCHUT_WERK',
} as const;

/**
 * Keeps the flag history the regional results count on: a period opens the day a flag is set
 * and closes (last valid day: yesterday) the day it is removed. A period opened and closed on the
 * same day never held on a count date, so it is removed.
 */
export async function recordFlagChanges(
  manager: EntityManager,
  options: { jobSeekerId: string; before: Flags | null; after: Partial<Flags>; today: IsoDate },
): Promise<void> {
  const periods = manager.getRepository(JobSeekerFlagPeriodEntity);
  for (const key of Object.keys(FLAG_NAMES) as (keyof Flags)[]) {
    const was = options.before?.[key] ?? false;
    const now = options.after[key] ?? was;
    if (was === now) continue;
    const flag = FLAG_NAMES[key];
    if (now) {
      await periods.insert({
        jobSeekerId: options.jobSeekerId,
        flag,
        validFrom: options.today,
        validTo: null,
      });
      continue;
    }
    const open = await periods.findOneBy({
      jobSeekerId: options.jobSeekerId,
      flag,
      validTo: IsNull(),
    });
    if (!open) continue;
    if (open.validFrom >= options.today) await periods.delete(open.id);
    else await periods.update(open.id, { validTo: addDays(options.today, -1) });
  }
}
