/** Demo logins the API seeds outside production (see the API's README). */
export const DEMO_PASSWORD = 'Werkbrug-demo-2026!';

export const DEMO_ACCOUNTS = {
  employerUser: 'werkgever@demo.werkbrug.nl',
  accountManager: 'am.gooi@demo.werkbrug.nl',
  consultant: 'consulent.gooi@demo.werkbrug.nl',
  boardMember: 'bestuur@demo.werkbrug.nl',
  admin: 'admin@demo.werkbrug.nl',
} as const;
