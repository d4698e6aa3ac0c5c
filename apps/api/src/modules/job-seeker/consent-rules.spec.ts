import { consentErrors } from './job-seeker.service.js';

const TODAY = '2026-11-23';

describe(consentErrors.name, () => {
  it.each([
    [
      'a grant with how and a later expiry',
      { status: 'GRANTED', method: 'PHONE', effectiveOn: TODAY, expiresOn: '2027-11-23' },
      [],
    ],
    [
      'a grant given earlier',
      { status: 'GRANTED', method: 'DIGITAL', effectiveOn: '2026-01-01', expiresOn: '2026-11-24' },
      [],
    ],
    [
      'a grant without how',
      { status: 'GRANTED', method: null, effectiveOn: TODAY, expiresOn: '2027-11-23' },
      ['method'],
    ],
    [
      'a grant without expiry',
      { status: 'GRANTED', method: 'PHONE', effectiveOn: TODAY, expiresOn: null },
      ['expiresOn'],
    ],
    [
      'a grant expiring today',
      { status: 'GRANTED', method: 'PHONE', effectiveOn: '2026-01-01', expiresOn: TODAY },
      ['expiresOn'],
    ],
    [
      'a grant dated tomorrow',
      { status: 'GRANTED', method: 'PHONE', effectiveOn: '2026-11-24', expiresOn: '2027-11-23' },
      ['effectiveOn'],
    ],
    [
      'a withdrawal',
      { status: 'WITHDRAWN', method: null, effectiveOn: TODAY, expiresOn: null },
      [],
    ],
    [
      'a withdrawal with an expiry',
      { status: 'WITHDRAWN', method: 'IN_PERSON', effectiveOn: TODAY, expiresOn: '2027-01-01' },
      ['expiresOn'],
    ],
  ] as const)('%s: errors on %j', (_case, change, fields) => {
    expect(consentErrors(change, TODAY).map((error) => error.field)).toEqual(fields);
  });
});
