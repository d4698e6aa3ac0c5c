import { badInput, conflict, forbidden, notFound } from '../../common/errors/domain-error.js';

/** No message here ever includes an input value: a BSN or a name must not reach logs or errors. */
export const FIELD_MESSAGES = {
  postcode: 'Deze postcode kennen we niet. Controleer de vier cijfers.',
  municipality: 'Deze gemeente kennen we niet.',
  consultant: 'Kies een consulent die werkt in de regio van de gemeente van het dossier.',
  unknownCompetence: 'Deze competentie kennen we niet (of ze is gearchiveerd).',
  duplicateCompetence: 'Deze competentie staat er al in.',
  consentMethod: 'Kies hoe de inwoner toestemming gaf.',
  consentEffectiveInFuture: 'De datum mag niet in de toekomst liggen.',
  consentExpiryRequired: 'Vul in tot wanneer de toestemming geldt.',
  consentExpiryTooEarly: 'De toestemming moet na vandaag en na de datum van geven verlopen.',
  consentExpiryOnWithdrawal: 'Een ingetrokken toestemming heeft geen verloopdatum.',
};

export const JobSeekerErrors = {
  notFound: () => notFound('Dit dossier'),
  bsnTaken: () => conflict('Er is al een dossier met dit BSN.'),
  archived: () => conflict('Dit dossier is gearchiveerd en kan niet meer worden gewijzigd.'),
  consentNotRecordable: (field: string) =>
    badInput([
      { field, message: 'Leg toestemming vast als gegeven (GRANTED) of ingetrokken (WITHDRAWN).' },
    ]),
  consentOnArchivedFile: () =>
    conflict('Op een gearchiveerd dossier kan alleen toestemming worden ingetrokken.'),
  workLimitationsOwnerOnly: () =>
    forbidden('Alleen de eigen consulent van dit dossier mag de beperkingen vastleggen.'),
  minLevelWithoutCompetence: (field: string) =>
    badInput([{ field, message: 'Kies een competentie om op niveau te filteren.' }]),
};
