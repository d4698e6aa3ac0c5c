import { navigationFor } from './portal.js';

const labels = (roles: string[]) => navigationFor(roles).map((item) => item.label);

describe(navigationFor.name, () => {
  it.each([
    [['CONSULTANT'], ['Startpagina', 'Inwoners', 'Plaatsingen', 'Nazorg']],
    [
      ['ACCOUNT_MANAGER'],
      [
        'Startpagina',
        'Inbox',
        'Werkgevers',
        'Vacatures',
        'Matching',
        'Toewijzing',
        'Plaatsingen',
        'Nazorg',
        'Resultaten',
      ],
    ],
    [['BOARD_MEMBER'], ['Startpagina', 'Resultaten']],
    [['ADMIN'], ['Startpagina', 'Resultaten', 'Toewijzing', 'Inbox']],
    [['EMPLOYER_USER'], ['Startpagina']],
  ])('gives %j the menu %j', (roles, menu) => {
    expect(labels(roles)).toEqual(menu);
  });

  it('lists a page two roles share once', () => {
    expect(labels(['CONSULTANT', 'ACCOUNT_MANAGER'])).toEqual([
      'Startpagina',
      'Inwoners',
      'Plaatsingen',
      'Nazorg',
      'Inbox',
      'Werkgevers',
      'Vacatures',
      'Matching',
      'Toewijzing',
      'Resultaten',
    ]);
  });
});
