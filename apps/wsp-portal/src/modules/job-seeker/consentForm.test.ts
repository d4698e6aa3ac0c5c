import { initialConsentValues, validateConsent, withEffectiveOn } from './consentForm.js';

const TODAY = '2026-11-23';

describe(validateConsent.name, () => {
  it.each([
    [
      'the suggested values with a method',
      { ...initialConsentValues(TODAY), method: 'PHONE' as const },
      [],
    ],
    ['no method', initialConsentValues(TODAY), ['method']],
    [
      'a date in the future',
      { effectiveOn: '2026-11-24', method: 'PHONE' as const, expiresOn: '2027-11-24' },
      ['effectiveOn'],
    ],
    [
      'an expiry today',
      { effectiveOn: '2026-01-01', method: 'PHONE' as const, expiresOn: TODAY },
      ['expiresOn'],
    ],
    [
      'malformed dates',
      { effectiveOn: '23-11-2026', method: 'PHONE' as const, expiresOn: '' },
      ['effectiveOn', 'expiresOn'],
    ],
  ])('%s: errors on %j', (_case, values, fields) => {
    expect(Object.keys(validateConsent(values, TODAY))).toEqual(fields);
  });
});

describe(withEffectiveOn.name, () => {
  it('moves a suggested expiry along with the date', () => {
    expect(withEffectiveOn(initialConsentValues(TODAY), '2026-10-01', false).expiresOn).toBe(
      '2027-10-01',
    );
    expect(withEffectiveOn(initialConsentValues(TODAY), '2026-10', false).expiresOn).toBe(
      '2027-11-23',
    );
  });

  it('keeps an expiry the consultant typed', () => {
    const typed = { ...initialConsentValues(TODAY), expiresOn: '2027-03-01' };
    expect(withEffectiveOn(typed, '2026-10-01', true).expiresOn).toBe('2027-03-01');
  });
});
