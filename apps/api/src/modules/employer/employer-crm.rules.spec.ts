import type { Viewer } from '../../common/auth/viewer.js';
import { assertCanKeepCrm, isContactDateAllowed } from './employer-crm.service.js';

const employer = { id: 'e1', regionCode: 'AM12' };
const viewer = (patch: Partial<Viewer>): Viewer =>
  ({
    userId: 'u1',
    role: 'ACCOUNT_MANAGER',
    regionCodes: ['AM12'],
    employerId: null,
    ...patch,
  }) as Viewer;

describe(assertCanKeepCrm.name, () => {
  it.each([
    ['an account manager of the region', viewer({}), true],
    ['an admin', viewer({ role: 'ADMIN', regionCodes: [] }), true],
    ['an account manager of another region', viewer({ regionCodes: ['AM01'] }), false],
    ['a consultant of the region', viewer({ role: 'CONSULTANT' }), false],
    ['a board member', viewer({ role: 'BOARD_MEMBER' }), false],
    [
      'the employer user of this employer',
      viewer({ role: 'EMPLOYER_USER', employerId: 'e1' }),
      false,
    ],
  ])('%s may keep the CRM: %s', (_who, who, allowed) => {
    if (allowed) expect(() => assertCanKeepCrm(who, employer)).not.toThrow();
    else
      expect(() => assertCanKeepCrm(who, employer)).toThrow(
        expect.objectContaining({ code: 'FORBIDDEN' }),
      );
  });
});

describe(isContactDateAllowed.name, () => {
  it.each([
    ['2026-11-22', true],
    ['2026-11-23', true],
    ['2026-11-24', false],
  ])('a contact on %s is allowed on 2026-11-23: %s', (date, allowed) => {
    expect(isContactDateAllowed(date, '2026-11-23')).toBe(allowed);
  });
});
