import { badInput, conflict, notFound } from '../../common/errors/domain-error.js';

export const EmployerErrors = {
  notFound: () => notFound('Deze werkgever'),
  locationNotFound: () => notFound('Deze vestiging'),
  contactNotFound: () => notFound('Deze contactpersoon'),
  kvkTaken: () => conflict('Er is al een werkgever met dit KvK-nummer.'),
  unknownPostcode: (field: string) =>
    badInput([{ field, message: 'Deze postcode kennen we niet. Controleer de vier cijfers.' }]),
  notAnAccountManager: (field: string) =>
    badInput([{ field, message: 'Kies een accountmanager uit de regio van de werkgever.' }]),
  archived: () => conflict('Deze werkgever is gearchiveerd en kan niet meer worden gewijzigd.'),
  contactMomentNotFound: () => notFound('Dit contactmoment'),
  agreementNotFound: () => notFound('Deze afspraak'),
  contactMomentInFuture: (field: string) =>
    badInput([{ field, message: 'Een contactmoment kan niet in de toekomst liggen.' }]),
  agreementPeriod: (field: string) =>
    badInput([{ field, message: 'De einddatum mag niet voor de begindatum liggen.' }]),
};
