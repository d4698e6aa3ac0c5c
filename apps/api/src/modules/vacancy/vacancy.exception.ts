import {
  badInput,
  conflict,
  forbidden,
  notFound,
  type FieldError,
} from '../../common/errors/domain-error.js';

export const VacancyErrors = {
  notFound: () => notFound('Deze vacature'),
  employerNotFound: () => notFound('Deze werkgever'),
  employerArchived: () =>
    conflict('Deze werkgever is gearchiveerd; er kunnen geen vacatures meer bij.'),
  archived: () => conflict('Deze vacature is gearchiveerd en kan niet meer worden gewijzigd.'),
  invalidStatusChange: (message: string) => conflict(message),
  fillingIsForTheWsp: () =>
    forbidden(
      'Het werkgeversservicepunt zet een vacature op Vervuld. Heeft u de vacature zelf vervuld? Sluit haar dan.',
    ),
  invalidInput: (fields: FieldError[]) => badInput(fields),
  locationMessage: 'Kies een actieve vestiging van deze werkgever.',
  unknownCompetenceMessage: 'Deze competentie kennen we niet (of niet meer).',
  duplicateCompetenceMessage: 'Deze competentie staat er al in.',
};
