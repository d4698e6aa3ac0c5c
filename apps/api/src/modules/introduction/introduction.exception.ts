import type { IntroductionStatus } from '@werkbrug/domain-rules';
import { badInput, conflict, forbidden, notFound } from '../../common/errors/domain-error.js';
import { invalidTransitionMessage } from './introduction-status.js';

export const IntroductionErrors = {
  notFound: () => notFound('Deze introductie'),
  vacancyNotFound: () => notFound('Deze vacature'),
  jobSeekerNotFound: () => notFound('Deze inwoner'),
  vacancyNotOpen: () =>
    conflict('U kunt alleen iemand voordragen voor een vacature die open staat.'),
  jobSeekerArchived: () => conflict('Het dossier van deze inwoner is gearchiveerd.'),
  consentWithdrawn: () =>
    conflict('Deze inwoner heeft de toestemming ingetrokken; voordragen of voorstellen kan niet.'),
  duplicate: () => conflict('Deze inwoner is al voorgedragen voor deze vacature.'),
  ineligible: (message: string) => badInput([{ field: 'input.jobSeekerId', message }], message),
  invalidTransition: (from: IntroductionStatus, to: IntroductionStatus) =>
    conflict(invalidTransitionMessage(from, to)),
  stepNotYours: () => forbidden('Deze stap in de introductie mag u niet zetten.'),
  badEndReason: (message: string) => badInput([{ field: 'endReason', message }], message),
  consentMissing: () =>
    badInput(
      [{ field: 'consent', message: 'Leg vast wanneer en hoe de inwoner toestemming gaf.' }],
      'Leg vast wanneer en hoe de inwoner toestemming gaf.',
    ),
  consentNotExpected: () =>
    badInput([
      { field: 'consent', message: 'Toestemming hoort alleen bij de stap "Toestemming gegeven".' },
    ]),
  badConsent: (errors: { field: string; message: string }[]) =>
    badInput(errors.map(({ field, message }) => ({ field: `consent.${field}`, message }))),
  consentExpired: () =>
    conflict('De toestemming voor deze introductie is verlopen; voorstellen kan niet meer.'),
};
