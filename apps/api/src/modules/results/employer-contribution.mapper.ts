import type { EmployerContributionView } from './employer-contribution.service.js';
import {
  EmployerBanenafspraakContributionModel,
  EmployerBanenafspraakQuarterModel,
} from './dto/employer-contribution.model.js';
import { toSuppressedCount, toSuppressedNumber } from './results.mapper.js';

export function toEmployerContributionModel({
  employer,
  quarters,
}: EmployerContributionView): EmployerBanenafspraakContributionModel {
  return Object.assign(new EmployerBanenafspraakContributionModel(), {
    employerName: employer.name,
    sector: employer.sector,
    quarters: quarters.map((quarter) =>
      Object.assign(new EmployerBanenafspraakQuarterModel(), {
        quarter: quarter.quarter,
        countDate: quarter.countDate,
        jobs: toSuppressedNumber(quarter.jobs),
        people: toSuppressedCount(quarter.people),
        changeFromPreviousQuarter: toSuppressedNumber(quarter.changeFromPreviousQuarter),
        peopleStarted: toSuppressedCount(quarter.peopleStarted),
        peopleLost: toSuppressedCount(quarter.peopleLost),
      }),
    ),
  });
}
