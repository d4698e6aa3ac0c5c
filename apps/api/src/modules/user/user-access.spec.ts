import type { Role } from '@werkbrug/domain-rules';
import type { Viewer } from '../../common/auth/viewer.js';
import { canReadUser } from './user-access.js';

const viewer = (role: Role, regionCodes: string[] = ['AM12']): Viewer => ({
  userId: 'v',
  sessionId: 's',
  email: 'v@test.nl',
  displayName: 'V',
  role,
  organisationId: 'o',
  organisationName: 'O',
  employerId: null,
  regionCodes,
});

describe('canReadUser', () => {
  it.each([
    ['an ADMIN, any account', viewer('ADMIN', []), 'BOARD_MEMBER', ['AM01'], true],
    [
      'an account manager, a consultant of its region',
      viewer('ACCOUNT_MANAGER'),
      'CONSULTANT',
      ['AM12'],
      true,
    ],
    [
      'an account manager, a colleague serving several regions',
      viewer('ACCOUNT_MANAGER'),
      'ACCOUNT_MANAGER',
      ['AM01', 'AM12'],
      true,
    ],
    [
      'an account manager, a consultant of another region',
      viewer('ACCOUNT_MANAGER'),
      'CONSULTANT',
      ['AM01'],
      false,
    ],
    [
      'an account manager, an ADMIN of its region',
      viewer('ACCOUNT_MANAGER'),
      'ADMIN',
      ['AM12'],
      false,
    ],
    [
      'an account manager, an employer user of its region',
      viewer('ACCOUNT_MANAGER'),
      'EMPLOYER_USER',
      ['AM12'],
      false,
    ],
    ['a consultant, a colleague', viewer('CONSULTANT'), 'CONSULTANT', ['AM12'], false],
    ['a board member, anyone', viewer('BOARD_MEMBER'), 'ACCOUNT_MANAGER', ['AM12'], false],
  ] as const)('%s → %s', (_case, who, role, regionCodes, expected) => {
    expect(canReadUser(who, { role, regionCodes })).toBe(expected);
  });
});
