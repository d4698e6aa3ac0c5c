import { addDays, addMonths, ageOn, isIsoDate, isWithin } from './dates.js';

describe(isIsoDate.name, () => {
  it.each([
    ['2026-07-01', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-04-31', false],
    ['2026-7-1', false],
    ['01-07-2026', false],
    ['', false],
  ])('%p is an ISO date: %p', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe(addDays.name, () => {
  it.each([
    ['2026-06-30', 1, '2026-07-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-03-01', -1, '2024-02-29'],
  ])('%s plus %p days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe(addMonths.name, () => {
  it.each([
    ['2026-01-15', 6, '2026-07-15'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-12-01', 1, '2027-01-01'],
    ['2026-03-31', -1, '2026-02-28'],
  ])('%s plus %p months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe(ageOn.name, () => {
  it.each([
    ['1990-05-20', '2026-05-19', 35],
    ['1990-05-20', '2026-05-20', 36],
    ['2026-05-20', '2026-05-20', 0],
  ])('born %s, on %s, is %p', (birthDate, on, expected) => {
    expect(ageOn(birthDate, on)).toBe(expected);
  });
});

describe(isWithin.name, () => {
  const period = { from: '2026-07-01', to: '2026-09-30' };

  it.each([
    ['2026-06-30', false],
    ['2026-07-01', true],
    ['2026-09-30', true],
    ['2026-10-01', false],
  ])('%s is within Q3 2026: %p', (date, expected) => {
    expect(isWithin(date, period)).toBe(expected);
  });
});
