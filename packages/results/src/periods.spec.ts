import {
  countDateOf,
  countQuarterOfYear,
  lastCompletedQuarter,
  nextQuarter,
  previousQuarter,
  quartersBetween,
  reportingWindowOfYear,
} from './periods.js';

describe(previousQuarter.name, () => {
  it.each([
    ['2026-Q3', '2026-Q2'],
    ['2026-Q1', '2025-Q4'],
  ])('goes from %s to %s', (quarter, expected) => {
    expect(previousQuarter(quarter)).toBe(expected);
  });

  it('throws a RangeError for a malformed quarter', () => {
    expect(() => previousQuarter('2026-Q5')).toThrow(RangeError);
  });
});

describe(nextQuarter.name, () => {
  it.each([
    ['2026-Q3', '2026-Q4'],
    ['2026-Q4', '2027-Q1'],
  ])('goes from %s to %s', (quarter, expected) => {
    expect(nextQuarter(quarter)).toBe(expected);
  });
});

describe(countDateOf.name, () => {
  it.each([
    ['2026-Q1', '2026-03-31'],
    ['2024-Q4', '2024-12-31'],
  ])('counts %s on %s', (quarter, date) => {
    expect(countDateOf(quarter)).toBe(date);
  });
});

describe(quartersBetween.name, () => {
  it('lists the quarters from the first to the last, both included', () => {
    expect(quartersBetween('2025-Q3', '2026-Q2')).toEqual([
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
    ]);
  });

  it('gives one quarter for a range of one', () => {
    expect(quartersBetween('2026-Q3', '2026-Q3')).toEqual(['2026-Q3']);
  });

  it('gives nothing when the range runs backwards', () => {
    expect(quartersBetween('2026-Q3', '2026-Q2')).toEqual([]);
  });

  it.each([
    ['2026-Q0', '2026-Q1'],
    ['2026-Q1', '2026Q2'],
  ])('throws a RangeError for %s to %s', (from, to) => {
    expect(() => quartersBetween(from, to)).toThrow(RangeError);
  });
});

describe(lastCompletedQuarter.name, () => {
  it.each([
    ['2026-11-23', '2026-Q3'],
    ['2026-10-01', '2026-Q3'],
    ['2026-09-30', '2026-Q2'],
    ['2026-01-01', '2025-Q4'],
  ])('on %s is %s', (today, quarter) => {
    expect(lastCompletedQuarter(today)).toBe(quarter);
  });
});

describe(reportingWindowOfYear.name, () => {
  it.each([
    [2025, '2026-11-23', { from: '2025-01-01', to: '2025-12-31' }],
    [2026, '2026-11-23', { from: '2026-01-01', to: '2026-09-30' }],
    [2026, '2026-04-01', { from: '2026-01-01', to: '2026-03-31' }],
    [2026, '2026-03-31', null],
    [2027, '2026-11-23', null],
  ])('covers %p on %s as %p', (year, today, window) => {
    expect(reportingWindowOfYear(year, today)).toEqual(window);
  });
});

describe(countQuarterOfYear.name, () => {
  it.each([
    [2025, '2026-11-23', '2025-Q4'],
    [2026, '2026-11-23', '2026-Q3'],
    [2026, '2026-02-01', null],
  ])('counts %p on %s at the end of %p', (year, today, quarter) => {
    expect(countQuarterOfYear(year, today)).toBe(quarter);
  });
});
