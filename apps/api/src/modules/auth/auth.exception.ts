import { DomainError } from '../../common/errors/domain-error.js';

export const AuthErrors = {
  wrongCredentials: () =>
    new DomainError('UNAUTHENTICATED', 'E-mailadres of wachtwoord is onjuist.'),
  tooManyAttempts: () =>
    new DomainError(
      'TOO_MANY_REQUESTS',
      'Te veel mislukte pogingen. Probeer het over een kwartier opnieuw.',
    ),
  wrongPortal: (portal: 'EMPLOYER' | 'WSP') =>
    new DomainError(
      'FORBIDDEN',
      portal === 'EMPLOYER'
        ? 'Dit account hoort bij het WSP-portaal. Log daar in.'
        : 'Dit account hoort bij het werkgeversportaal. Log daar in.',
    ),
  demoRefused: () => new DomainError('FORBIDDEN', 'Demo-accounts werken niet in productie.'),
};
