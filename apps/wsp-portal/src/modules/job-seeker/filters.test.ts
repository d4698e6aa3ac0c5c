import {
  EMPTY_FILTERS,
  filtersFromSearchParams,
  hasFilters,
  queryArgumentsFrom,
  searchParamsFromFilters,
  type JobSeekerFilters,
} from './filters.js';

const filters: JobSeekerFilters = {
  search: 'de Vries',
  regionCode: 'AM12',
  municipalityCode: 'GM0402',
  consentStatus: 'GRANTED',
  earningCapacityBand: 'SUPPORTED_REGULAR_WORK',
  doelgroepregister: 'ja',
  indicatieBeschutWerk: 'nee',
  availability: 'verlopen',
};

describe(filtersFromSearchParams.name, () => {
  it('reads back what searchParamsFromFilters wrote', () => {
    expect(filtersFromSearchParams(searchParamsFromFilters(filters))).toEqual(filters);
  });

  it('uses Dutch names in the address bar and leaves empty filters out', () => {
    const params = searchParamsFromFilters({
      ...EMPTY_FILTERS,
      search: 'Jan',
      availability: 'verlopen',
    });

    expect(params.toString()).toBe('zoek=Jan&beschikbaarheid=verlopen');
  });

  it.each([
    ['toestemming=MISSCHIEN'],
    ['verdiencapaciteit=ALLES'],
    ['doelgroepregister=misschien'],
    ['regio=Gooi'],
    ['gemeente=Hilversum'],
    ['beschikbaarheid=oud'],
  ])('ignores the unknown value in %s', (query) => {
    expect(filtersFromSearchParams(new URLSearchParams(query))).toEqual(EMPTY_FILTERS);
  });
});

describe(hasFilters.name, () => {
  it('is false without any filter and true with one', () => {
    expect(hasFilters(EMPTY_FILTERS)).toBe(false);
    expect(hasFilters({ ...EMPTY_FILTERS, consentStatus: 'WITHDRAWN' })).toBe(true);
  });
});

describe(queryArgumentsFrom.name, () => {
  it('asks the API for the files to follow up', () => {
    expect(
      queryArgumentsFrom({ ...EMPTY_FILTERS, availability: 'verlopen' }).availabilityStale,
    ).toBe(true);
  });

  it('turns the filters into API arguments, empty ones into null', () => {
    expect(
      queryArgumentsFrom({
        ...EMPTY_FILTERS,
        doelgroepregister: 'ja',
        indicatieBeschutWerk: 'nee',
      }),
    ).toEqual({
      availabilityStale: null,
      search: null,
      regionCode: null,
      municipalityCode: null,
      consentStatus: null,
      earningCapacityBand: null,
      doelgroepregister: true,
      indicatieBeschutWerk: false,
    });
  });
});
