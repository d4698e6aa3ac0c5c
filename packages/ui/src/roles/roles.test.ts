import { formatRoles, roleLabel } from './roles.js';

describe(roleLabel.name, () => {
  it.each([
    ['EMPLOYER_USER', 'Werkgever'],
    ['ACCOUNT_MANAGER', 'Accountmanager'],
    ['CONSULTANT', 'Consulent'],
    ['BOARD_MEMBER', 'Bestuurslid werkbedrijf'],
    ['ADMIN', 'Beheerder'],
  ])('names %s in Dutch as %s', (role, label) => {
    expect(roleLabel(role)).toBe(label);
  });

  it('falls back to the code for a role it does not know', () => {
    expect(roleLabel('AUDITOR')).toBe('AUDITOR');
  });
});

describe(formatRoles.name, () => {
  it.each([
    [['ADMIN'], 'Beheerder'],
    [['ACCOUNT_MANAGER', 'CONSULTANT'], 'Accountmanager en Consulent'],
    [['ACCOUNT_MANAGER', 'CONSULTANT', 'ADMIN'], 'Accountmanager, Consulent en Beheerder'],
  ])('lists %j as "%s"', (roles, text) => {
    expect(formatRoles(roles)).toBe(text);
  });
});
