import { navigationFor } from './portal.js';

const labels = (roles: string[]) => navigationFor(roles).map((item) => item.label);

describe(navigationFor.name, () => {
  it.each([
    [['CONSULTANT'], ['Startpagina', 'Inwoners', 'Plaatsingen']],
    [['ACCOUNT_MANAGER'], ['Startpagina', 'Werkgevers', 'Vacatures', 'Matching', 'Plaatsingen']],
    [['BOARD_MEMBER'], ['Startpagina']],
    [['ADMIN'], ['Startpagina']],
    [['EMPLOYER_USER'], ['Startpagina']],
  ])('gives %j the menu %j', (roles, menu) => {
    expect(labels(roles)).toEqual(menu);
  });

  it('lists a page two roles share once', () => {
    expect(labels(['CONSULTANT', 'ACCOUNT_MANAGER'])).toEqual([
      'Startpagina',
      'Inwoners',
      'Plaatsingen',
      'Werkgevers',
      'Vacatures',
      'Matching',
    ]);
  });
});
