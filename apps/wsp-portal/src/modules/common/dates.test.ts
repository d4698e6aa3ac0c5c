import { addDaysIso, daysBetween, formatDate, formatMoment, todayIso } from './dates.js';

describe(todayIso.name, () => {
  it.each([
    ['2026-11-22T22:59:00Z', '2026-11-22'],
    ['2026-11-22T23:01:00Z', '2026-11-23'],
    ['2026-07-01T21:30:00Z', '2026-07-01'],
    ['2026-07-01T22:30:00Z', '2026-07-02'],
  ])('is the Dutch calendar date at %s', (now, today) => {
    expect(todayIso(new Date(now))).toBe(today);
  });
});

describe(addDaysIso.name, () => {
  it.each([
    ['2026-02-27', 2, '2026-03-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-10-01', 0, '2026-10-01'],
  ])('moves %s by %i days to %s', (date, days, result) => {
    expect(addDaysIso(date, days)).toBe(result);
  });
});

describe(daysBetween.name, () => {
  it('counts whole days, also across a change to summer time', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-03-30', '2026-03-28')).toBe(-2);
  });
});

describe(formatDate.name, () => {
  it('writes the date in Dutch', () => {
    expect(formatDate('2026-10-01')).toBe('1 oktober 2026');
  });
});

describe(formatMoment.name, () => {
  it('writes the moment in Dutch time', () => {
    expect(formatMoment('2026-10-01T12:03:00Z')).toBe('1 oktober 2026 om 14:03');
  });
});
