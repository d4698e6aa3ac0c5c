// Mocked results as the API sends them, with __typename for Apollo's cache. Used by tests only.
const count = (value: number | null) => ({
  __typename: 'SuppressedCount' as const,
  value,
  display: value === null ? '<5' : String(value),
});
const figure = (
  value: number | null,
  display = value === null ? 'x' : String(value).replace('.', ','),
) => ({
  __typename: 'SuppressedNumber' as const,
  value,
  display,
});

function quarter(id: string, markt: number, overheid: number, target: number | null) {
  const total = markt + overheid;
  return {
    __typename: 'BanenafspraakQuarter' as const,
    quarter: id,
    countDate: `${id.slice(0, 4)}-12-31`,
    extraJobs: {
      __typename: 'SectorJobs' as const,
      markt: figure(markt),
      overheid: figure(overheid),
      total: figure(total),
    },
    target: target === null ? null : { __typename: 'RegionTarget' as const, jobs: target },
    percentOfTarget: {
      __typename: 'SectorPercent' as const,
      total: target === null ? null : figure(Math.round((total / target) * 1000) / 10),
    },
    peopleStarted: count(12),
    peopleLost: count(null),
  };
}

function municipality(code: string, name: string, realised: number | null, target: number | null) {
  return {
    __typename: 'MunicipalityResult' as const,
    municipalityCode: code,
    municipalityName: name,
    realised: count(realised),
    target,
    percentOfTarget:
      target && realised !== null
        ? figure(Math.round((realised / target) * 1000) / 10)
        : target
          ? figure(null)
          : null,
  };
}

/** Gooi en Vechtstreek in 2025, with one suppressed count and one municipality name that looks like a formula. */
export function buildRegionReport() {
  return {
    banenafspraakResults: {
      __typename: 'BanenafspraakResults' as const,
      regionCode: 'AM12',
      regionName: 'Gooi en Vechtstreek',
      quarters: [quarter('2025-Q3', 300, 100, 440), quarter('2025-Q4', 310, 90.5, 440)],
    },
    beschutWerkResults: {
      __typename: 'BeschutWerkResults' as const,
      countDate: '2025-12-31',
      municipalities: [
        municipality('GM0402', 'Hilversum', 18, 31),
        municipality('GM0406', 'Huizen', null, 6),
      ],
      total: {
        __typename: 'RegionResultTotal' as const,
        realised: count(21),
        target: 37,
        percentOfTarget: figure(56.8),
      },
    },
    uitstroomResults: {
      __typename: 'UitstroomResults' as const,
      from: '2025-01-01',
      to: '2025-12-31',
      municipalities: [
        municipality('GM0402', 'Hilversum', 214, 267),
        municipality('GM9999', '=Testgemeente', 7, null),
      ],
      total: {
        __typename: 'UitstroomTotal' as const,
        realised: count(221),
        target: 267,
        percentOfTarget: figure(82.8),
        full: count(150),
        partial: count(71),
      },
    },
    pipelineResults: {
      __typename: 'PipelineResults' as const,
      from: '2025-01-01',
      to: '2025-12-31',
      funnel: {
        __typename: 'PipelineFunnel' as const,
        proposed: count(40),
        introduced: count(25),
        placed: count(null),
      },
      instruments: [
        {
          __typename: 'InstrumentUse' as const,
          instrument: 'LOONKOSTENSUBSIDIE' as const,
          people: count(9),
        },
        {
          __typename: 'InstrumentUse' as const,
          instrument: 'JOBCOACH' as const,
          people: count(null),
        },
      ],
      placementsTotal: count(14),
      averageDaysVacancyToPlacement: figure(31.7),
      aftercareOnTime: {
        __typename: 'AftercareOnTime' as const,
        checkInsDue: count(20),
        percentage: figure(85),
      },
    },
  };
}

export function buildNationalOverview() {
  const region = (code: string, name: string, inScope: boolean, percent: number | null) => ({
    __typename: 'NationalRegionResult' as const,
    regionCode: code,
    regionName: name,
    active: inScope,
    inScope,
    extraJobs: inScope ? figure(401) : null,
    targetJobs: inScope ? 440 : null,
    percentOfTarget: inScope && percent !== null ? figure(percent) : null,
  });
  return {
    nationalOverview: {
      __typename: 'NationalOverview' as const,
      quarter: '2025-Q4',
      countDate: '2025-12-31',
      regions: [
        region('AM01', 'Groningen', false, null),
        region('AM12', 'Gooi en Vechtstreek', true, 91.1),
      ],
    },
  };
}
