import {
  lastCompletedQuarter,
  periodFromParams,
  quarterLabel,
  quarterOptions,
  trendQuarters,
} from './period.js';

const today = new Date(2026, 10, 23); // 23 November 2026: Q3 is the last completed quarter

describe('periodFromParams', () => {
  it('reads the year and quarter from the address', () => {
    expect(periodFromParams(new URLSearchParams('jaar=2025&kwartaal=2'), today)).toEqual({
      year: 2025,
      quarter: 2,
    });
  });

  it('falls back to the latest year for nonsense, and drops a quarter that has not ended', () => {
    expect(periodFromParams(new URLSearchParams('jaar=abc'), today)).toEqual({
      year: 2026,
      quarter: null,
    });
    expect(periodFromParams(new URLSearchParams('jaar=2026&kwartaal=4'), today)).toEqual({
      year: 2026,
      quarter: null,
    });
    expect(periodFromParams(new URLSearchParams('jaar=2012'), today)).toEqual({
      year: 2026,
      quarter: null,
    });
  });
});

describe('lastCompletedQuarter', () => {
  it('is the last quarter of the year before in January', () => {
    expect(lastCompletedQuarter(new Date(2026, 0, 5))).toEqual({ year: 2025, quarter: 4 });
    expect(quarterOptions(2026, new Date(2026, 0, 5))).toEqual([]);
  });
});

describe('trendQuarters', () => {
  it('runs from the year before to the chosen or last completed quarter', () => {
    expect(trendQuarters({ year: 2026, quarter: null }, today)).toEqual({
      fromQuarter: '2025-Q1',
      toQuarter: '2026-Q3',
    });
    expect(trendQuarters({ year: 2024, quarter: 2 }, today)).toEqual({
      fromQuarter: '2023-Q1',
      toQuarter: '2024-Q2',
    });
  });

  it('labels a quarter in Dutch', () => {
    expect(quarterLabel('2026-Q3')).toBe('K3 2026');
  });
});
