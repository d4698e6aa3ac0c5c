import { isValidAccessPurpose } from './access-log.service.js';

describe(isValidAccessPurpose.name, () => {
  it.each([
    ['jobSeeker', true],
    ['jobSeekers', true],
    ['matching.rankCandidates', true],
    ['x'.repeat(80), true],
    ['x'.repeat(81), false],
    ['', false],
    ['1jobSeeker', false],
    ['lezen voor Jan Jansen', false],
    ['bsn=111222333;', false],
  ])('%s is valid: %s', (purpose, valid) => {
    expect(isValidAccessPurpose(purpose)).toBe(valid);
  });
});
