import {
  badInput,
  conflict,
  DomainError,
  forbidden,
  notFound,
} from '../../common/errors/domain-error.js';

export const UserErrors = {
  notFound: () => notFound('Dit account'),
  emailTaken: () => conflict('Er is al een account met dit e-mailadres.'),
  archived: () => conflict('Dit account is gearchiveerd en kan niet meer worden gewijzigd.'),
  archiveSelf: () => conflict('U kunt uw eigen account niet archiveren.'),
  changeOwnRole: () => conflict('U kunt uw eigen rol niet wijzigen.'),
  employerRoleChange: () =>
    badInput([
      {
        field: 'input.role',
        message:
          'Een werkgeversaccount kan geen medewerkersrol krijgen, en andersom. Maak een nieuw account aan.',
      },
    ]),
  wrongCurrentPassword: () =>
    badInput([{ field: 'currentPassword', message: 'Uw huidige wachtwoord klopt niet.' }]),
  samePassword: () =>
    badInput([
      { field: 'newPassword', message: 'Kies een nieuw wachtwoord dat verschilt van het huidige.' },
    ]),
  tooManyAttempts: () =>
    new DomainError(
      'TOO_MANY_REQUESTS',
      'Te veel mislukte pogingen. Probeer het over een kwartier opnieuw.',
    ),
  demoPassword: () => forbidden('Het wachtwoord van een demo-account ligt vast.'),
};
