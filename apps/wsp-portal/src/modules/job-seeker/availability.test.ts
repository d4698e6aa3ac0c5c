import { availabilityAgeText, isAvailabilityStale } from './availability.js';

describe(isAvailabilityStale.name, () => {
  it.each([
    [null, true],
    ['2026-11-23', false],
    ['2026-08-26', false],
    ['2026-08-25', true],
    ['2025-01-01', true],
  ])('confirmed on %s is stale on 2026-11-23: %s', (confirmedAt, stale) => {
    expect(isAvailabilityStale(confirmedAt, '2026-11-23')).toBe(stale);
  });
});

describe(availabilityAgeText.name, () => {
  it.each([
    [null, 'Nooit bevestigd'],
    ['2026-11-23', 'Vandaag bevestigd'],
    ['2026-11-22', 'Gisteren bevestigd'],
    ['2026-08-25', '90 dagen geleden bevestigd'],
  ])('says when %s was confirmed', (confirmedAt, text) => {
    expect(availabilityAgeText(confirmedAt, '2026-11-23')).toBe(text);
  });
});
