import { Injectable } from '@nestjs/common';
import {
  countBanenafspraakQuarters,
  countDateOf,
  derive,
  lastCompletedQuarter,
  previousQuarter,
  suppressCount,
  suppressFigure,
  type Published,
} from '@werkbrug/results';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput, forbidden } from '../../common/errors/domain-error.js';
import { todayInNetherlands } from '../job-seeker/calendar.js';
import { ResultsRows, type EmployerRef } from './results-rows.js';
import type { MyBanenafspraakContributionArgs } from './dto/employer-contribution.args.js';

const QUARTERS_SHOWN = 4;
const FIRST_QUARTER = '2013-Q1';

export interface EmployerContributionQuarter {
  quarter: string;
  countDate: string;
  jobs: Published;
  people: Published;
  changeFromPreviousQuarter: Published;
  peopleStarted: Published;
  peopleLost: Published;
}

export interface EmployerContributionView {
  employer: EmployerRef;
  quarters: EmployerContributionQuarter[];
}

/**
 * An employer's own banenafspraak jobs, counted with the regional rules of @werkbrug/results on
 * only its own placements. The same suppression as the published results applies: the employer
 * knows its staff and their hours, so a jobs figure resting on 1-4 people would tell it who is in
 * the doelgroepregister; hence "<5" people and a hidden figure there, as everywhere else.
 */
@Injectable()
export class EmployerContributionService {
  constructor(private readonly rows: ResultsRows) {}

  async contribution(
    viewer: Viewer,
    args: MyBanenafspraakContributionArgs,
    now = new Date(),
  ): Promise<EmployerContributionView> {
    if (viewer.role !== 'EMPLOYER_USER' || !viewer.employerId) throw forbidden();
    const last = lastCompletedQuarter(todayInNetherlands(now));
    const toQuarter = args.quarter ?? last;
    if (toQuarter > last || toQuarter < FIRST_QUARTER) {
      throw badInput([
        {
          field: 'quarter',
          message: `Kies een afgesloten kwartaal van ${FIRST_QUARTER} tot en met ${last}.`,
        },
      ]);
    }
    let fromQuarter = toQuarter;
    for (let i = 1; i < QUARTERS_SHOWN && fromQuarter > FIRST_QUARTER; i++)
      fromQuarter = previousQuarter(fromQuarter);

    const { employer, placements, flagPeriods } = await this.rows.employerBanenafspraakRows(
      viewer.employerId,
      countDateOf(toQuarter),
    );
    if (!employer) throw forbidden();
    const counts = countBanenafspraakQuarters({
      regionCode: employer.regionCode,
      fromQuarter,
      toQuarter,
      placements,
      flagPeriods,
      targets: [],
    });
    return {
      employer,
      quarters: counts.quarters.map((quarter) => {
        const jobs = suppressFigure(quarter.stock.jobs.total.jobs, quarter.stock.people.total);
        const previous = suppressFigure(
          quarter.previousStock.jobs.total.jobs,
          quarter.previousStock.people.total,
        );
        return {
          quarter: quarter.quarter,
          countDate: quarter.countDate,
          jobs,
          people: suppressCount(quarter.stock.people.total),
          changeFromPreviousQuarter: derive(
            quarter.stock.jobs.total.jobs - quarter.previousStock.jobs.total.jobs,
            [jobs, previous],
          ),
          peopleStarted: suppressCount(quarter.peopleStarted),
          peopleLost: suppressCount(quarter.peopleLost),
        };
      }),
    };
  }
}
