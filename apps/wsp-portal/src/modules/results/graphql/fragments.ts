import { graphql } from '../../../gql/index.js';

export const RegionReportBanenafspraakFragment = graphql(`
  fragment RegionReport_Banenafspraak on BanenafspraakResults {
    regionCode
    regionName
    quarters {
      quarter
      countDate
      extraJobs {
        markt {
          value
          display
        }
        overheid {
          value
          display
        }
        total {
          value
          display
        }
      }
      target {
        jobs
      }
      percentOfTarget {
        total {
          value
          display
        }
      }
      peopleStarted {
        display
      }
      peopleLost {
        display
      }
    }
  }
`);

export const RegionReportMunicipalityFragment = graphql(`
  fragment RegionReport_Municipality on MunicipalityResult {
    municipalityCode
    municipalityName
    realised {
      value
      display
    }
    target
    percentOfTarget {
      value
      display
    }
  }
`);

export const RegionReportBeschutWerkFragment = graphql(`
  fragment RegionReport_BeschutWerk on BeschutWerkResults {
    countDate
    municipalities {
      ...RegionReport_Municipality
    }
    total {
      realised {
        value
        display
      }
      target
      percentOfTarget {
        value
        display
      }
    }
  }
`);

export const RegionReportUitstroomFragment = graphql(`
  fragment RegionReport_Uitstroom on UitstroomResults {
    from
    to
    municipalities {
      ...RegionReport_Municipality
    }
    total {
      realised {
        value
        display
      }
      target
      percentOfTarget {
        value
        display
      }
      full {
        display
      }
      partial {
        display
      }
    }
  }
`);

export const RegionReportPipelineFragment = graphql(`
  fragment RegionReport_Pipeline on PipelineResults {
    from
    to
    funnel {
      proposed {
        value
        display
      }
      introduced {
        value
        display
      }
      placed {
        value
        display
      }
    }
    instruments {
      instrument
      people {
        value
        display
      }
    }
    placementsTotal {
      display
    }
    averageDaysVacancyToPlacement {
      value
      display
    }
    aftercareOnTime {
      checkInsDue {
        display
      }
      percentage {
        display
      }
    }
  }
`);
