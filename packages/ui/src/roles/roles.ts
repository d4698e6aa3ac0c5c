// Dutch names of the platform's roles, as users read them.
const ROLE_LABELS: Readonly<Record<string, string>> = {
  EMPLOYER_USER: 'Werkgever',
  ACCOUNT_MANAGER: 'Accountmanager',
  CONSULTANT: 'Consulent',
  BOARD_MEMBER: 'Bestuurslid werkbedrijf',
  ADMIN: 'Beheerder',
};

export function roleLabel(role: string): string {
  return ROLE_LABELS[role] ?? role;
}

const dutchList = new Intl.ListFormat('nl', { style: 'long', type: 'conjunction' });

export function formatRoles(roles: readonly string[]): string {
  return dutchList.format(roles.map(roleLabel));
}
