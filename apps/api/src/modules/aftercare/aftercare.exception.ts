import { badInput, conflict, notFound } from '../../common/errors/domain-error.js';

export const AftercareErrors = {
  notFound: () => notFound('Dit nazorgcontact'),
  notOpen: () => conflict('Dit nazorgcontact is al afgerond of vervallen.'),
  placementArchived: () => conflict('Deze plaatsing is gearchiveerd.'),
  dateInFuture: () =>
    badInput([
      { field: 'input.date', message: 'De datum van het contact mag niet in de toekomst liggen.' },
    ]),
  dateBeforeStart: () =>
    badInput([
      {
        field: 'input.date',
        message: 'De datum van het contact ligt voor de begindatum van de plaatsing.',
      },
    ]),
};
