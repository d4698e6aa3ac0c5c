import { startOfDayInNetherlands, todayInNetherlands } from './calendar.js';

describe(todayInNetherlands.name, () => {
  it.each([
    ['2026-03-01T12:00:00Z', '2026-03-01'],
    ['2026-06-30T22:30:00Z', '2026-07-01'],
    ['2026-12-31T22:59:59Z', '2026-12-31'],
    ['2026-12-31T23:00:00Z', '2027-01-01'],
  ])('gives the Dutch calendar date at %s', (moment, expected) => {
    expect(todayInNetherlands(new Date(moment))).toBe(expected);
  });
});

describe(startOfDayInNetherlands.name, () => {
  it.each([
    ['2026-01-15', '2026-01-14T23:00:00.000Z'],
    ['2026-07-01', '2026-06-30T22:00:00.000Z'],
    ['2026-03-29', '2026-03-28T23:00:00.000Z'],
    ['2026-10-25', '2026-10-24T22:00:00.000Z'],
  ])('gives midnight in the Netherlands of %s', (date, expected) => {
    expect(startOfDayInNetherlands(date).toISOString()).toBe(expected);
  });
});
