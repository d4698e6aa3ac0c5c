import { graphql } from '../../../gql/index.js';

export const LksEstimateQuery = graphql(`
  query LksEstimate($input: LksEstimateInput!) {
    lksEstimate(input: $input) {
      date
      wmlDate
      notice
      wmlHourlyCents
      jobHourlyWageCents
      loonwaardeHourlyCents
      maximumHourlyCents
      wageSubsidyHourlyCents
      cappedAtMaximum
      perWeek {
        wage
        holidayPay
        employerCosts
        total
      }
      perMonth {
        wage
        holidayPay
        employerCosts
        total
      }
      wageAboveWmlPerMonthCents
      wageCostPerMonth {
        total
      }
      netCostPerMonthCents
    }
  }
`);
