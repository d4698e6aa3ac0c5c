import { badInput, conflict } from '../../common/errors/domain-error.js';

/** No message includes an input value. */
export const BenefitExitErrors = {
  inFuture: (field: string) =>
    badInput([{ field, message: 'De datum van uitstroom mag niet in de toekomst liggen.' }]),
  beforeFile: (field: string) =>
    badInput([{ field, message: 'De datum van uitstroom ligt vóór de start van het dossier.' }]),
  unknownPlacement: (field: string) =>
    badInput([{ field, message: 'Kies een plaatsing van deze inwoner.' }]),
  duplicate: () => conflict('Voor deze inwoner is op deze datum al een uitstroom vastgelegd.'),
};
