import {
  agreementInput,
  contactMomentInput,
  contactMomentValues,
  emptyAgreement,
  emptyContactMoment,
  validateAgreement,
  validateContactMoment,
} from './crmForms.js';

const TODAY = '2026-11-23';

describe(validateContactMoment.name, () => {
  const valid = {
    ...emptyContactMoment(TODAY),
    channel: 'PHONE' as const,
    subject: 'Kennismaking',
  };
  it.each([
    ['a complete moment', valid, []],
    ['a moment tomorrow', { ...valid, contactedOn: '2026-11-24' }, ['contactedOn']],
    [
      'no channel and a blank subject',
      { ...valid, channel: '' as const, subject: '  ' },
      ['channel', 'subject'],
    ],
    ['a note over 2000 characters', { ...valid, note: 'x'.repeat(2001) }, ['note']],
  ])('%s: errors on %j', (_case, values, fields) => {
    expect(Object.keys(validateContactMoment(values, TODAY))).toEqual(fields);
  });

  it('fills the form from a recorded moment, its empty note as empty text', () => {
    expect(
      contactMomentValues({ contactedOn: TODAY, channel: 'EMAIL', subject: 'Offerte', note: '' }),
    ).toEqual({ contactedOn: TODAY, channel: 'EMAIL', subject: 'Offerte', note: '' });
    expect(
      contactMomentValues({ contactedOn: TODAY, channel: 'EMAIL', subject: 'Offerte', note: null })
        .note,
    ).toBe('');
  });

  it('sends an empty note as null and trims the subject', () => {
    expect(contactMomentInput({ ...valid, subject: ' Bezoek ', note: ' ' })).toEqual({
      contactedOn: TODAY,
      channel: 'PHONE',
      subject: 'Bezoek',
      note: null,
    });
  });
});

describe(validateAgreement.name, () => {
  const valid = {
    ...emptyAgreement(TODAY),
    kind: 'GARANTIEBANEN' as const,
    description: 'Vijf banen',
  };
  it.each([
    ['a complete agreement', valid, []],
    ['an end before the start', { ...valid, validTo: '2026-11-22' }, ['validTo']],
    ['0 places', { ...valid, places: '0' }, ['places']],
    ['places with a decimal', { ...valid, places: '2,5' }, ['places']],
    [
      'no kind or description',
      { ...valid, kind: '' as const, description: '' },
      ['kind', 'description'],
    ],
  ])('%s: errors on %j', (_case, values, fields) => {
    expect(Object.keys(validateAgreement(values))).toEqual(fields);
  });

  it('sends empty places and end date as null', () => {
    expect(agreementInput(valid)).toMatchObject({ places: null, validTo: null, status: 'ACTIVE' });
    expect(agreementInput({ ...valid, places: '4', validTo: '2027-12-31' })).toMatchObject({
      places: 4,
      validTo: '2027-12-31',
    });
  });
});
