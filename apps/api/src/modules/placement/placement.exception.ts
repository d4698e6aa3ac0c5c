import { badInput, conflict, notFound, type FieldError } from '../../common/errors/domain-error.js';

export const PlacementErrors = {
  notFound: () => notFound('Deze plaatsing'),
  employerNotFound: () => notFound('Deze werkgever'),
  jobSeekerNotFound: () => notFound('Deze inwoner'),
  vacancyNotFound: () => notFound('Deze vacature'),
  introductionNotFound: () => notFound('Deze introductie'),
  endBeforeStart: (field: string) =>
    badInput([{ field, message: 'De einddatum mag niet voor de begindatum liggen.' }]),
  vacancyOfOtherEmployer: () =>
    badInput([
      { field: 'input.vacancyId', message: 'Deze vacature hoort niet bij deze werkgever.' },
    ]),
  introductionMismatch: () =>
    badInput([
      {
        field: 'input.introductionId',
        message: 'Deze introductie hoort niet bij deze inwoner, werkgever en vacature.',
      },
    ]),
  terms: (violations: FieldError[], prefix: string | null) =>
    badInput(
      violations.map(({ field, message }) => ({
        field: prefix ? `${prefix}.${field}` : field,
        message,
      })),
    ),
  endNoteRequired: () => badInput([{ field: 'note', message: 'Licht de reden toe.' }]),
  overlapping: () =>
    conflict('Deze inwoner heeft in deze periode al een plaatsing bij deze werkgever.'),
  archived: () => conflict('Deze plaatsing is gearchiveerd en kan niet meer worden gewijzigd.'),
  employerArchived: () => conflict('Deze werkgever is gearchiveerd.'),
  jobSeekerArchived: () => conflict('Het dossier van deze inwoner is gearchiveerd.'),
};
