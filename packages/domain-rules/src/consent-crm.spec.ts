import {
  AGREEMENT_KIND_LABELS,
  AGREEMENT_KINDS,
  AGREEMENT_STATUS_LABELS,
  AGREEMENT_STATUSES,
  CONSENT_METHOD_LABELS,
  CONSENT_METHODS,
  CONTACT_CHANNEL_LABELS,
  CONTACT_CHANNELS,
  defaultConsentExpiry,
  isAvailabilityStale,
  isConsentExpired,
  isValidAgreementPeriod,
} from './consent-crm.js';

describe('consent to be matched', () => {
  it.each([
    [null, '2026-11-23', false],
    ['2026-11-24', '2026-11-23', false],
    ['2026-11-23', '2026-11-23', true],
    ['2026-01-01', '2026-11-23', true],
  ] as const)('expiry %s on %s: expired %s', (expiresOn, today, expired) => {
    expect(isConsentExpired(expiresOn, today)).toBe(expired);
  });

  it('suggests an expiry one year after the consent was given', () => {
    expect(defaultConsentExpiry('2026-11-23')).toBe('2027-11-23');
    expect(defaultConsentExpiry('2028-02-29')).toBe('2029-02-28');
  });
});

describe('availability freshness', () => {
  it.each([
    [null, true],
    ['2026-08-25', true],
    ['2026-08-26', false],
    ['2026-11-23', false],
  ] as const)('confirmed on %s is stale on 2026-11-23: %s', (confirmedOn, stale) => {
    expect(isAvailabilityStale(confirmedOn, '2026-11-23')).toBe(stale);
  });
});

describe('agreements', () => {
  it.each([
    ['2026-01-01', null, true],
    ['2026-01-01', '2026-01-01', true],
    ['2026-01-01', '2026-12-31', true],
    ['2026-01-02', '2026-01-01', false],
  ] as const)('from %s to %s is valid: %s', (from, to, valid) => {
    expect(isValidAgreementPeriod(from, to)).toBe(valid);
  });
});

describe('labels', () => {
  it.each([
    [CONSENT_METHODS, CONSENT_METHOD_LABELS],
    [CONTACT_CHANNELS, CONTACT_CHANNEL_LABELS],
    [AGREEMENT_KINDS, AGREEMENT_KIND_LABELS],
    [AGREEMENT_STATUSES, AGREEMENT_STATUS_LABELS],
  ] as const)('labels exactly the values of %j', (values, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
  });
});
