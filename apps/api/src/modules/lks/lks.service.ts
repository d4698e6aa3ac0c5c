import { Injectable } from '@nestjs/common';
import { todayInNetherlands } from '../job-seeker/calendar.js';
import { estimateLks, type LksEstimate } from './lks-estimate.js';
import type { LksEstimateInput } from './dto/lks-estimate.input.js';

/** Estimates for employers and WSP staff; no stored data is read. */
@Injectable()
export class LksService {
  estimate(input: LksEstimateInput, now = new Date()): LksEstimate {
    return estimateLks({
      date: input.date ?? todayInNetherlands(now),
      hourlyWageCents: Math.round(input.hourlyWage * 100),
      loonwaardePercent: input.loonwaardePercent,
      hoursPerWeek: input.hoursPerWeek,
    });
  }
}
