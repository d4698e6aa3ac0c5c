import {
  badInput,
  conflict,
  forbidden,
  notFound,
  type FieldError,
} from '../../common/errors/domain-error.js';

export const JobCarvingErrors = {
  notFound: () => notFound('Dit jobcarving-verzoek'),
  employerNotFound: () => notFound('Deze werkgever'),
  employerArchived: () =>
    conflict('Deze werkgever is gearchiveerd; er kunnen geen verzoeken meer bij.'),
  archived: () => conflict('Dit verzoek is gearchiveerd en kan niet meer worden gewijzigd.'),
  notEditable: () => conflict('Dit verzoek wordt al behandeld en kan niet meer worden gewijzigd.'),
  notTheSubmitterSide: () =>
    forbidden('Alleen de kant die het verzoek indiende, kan het wijzigen.'),
  invalidStatusChange: (message: string) => conflict(message),
  statusChangedMeanwhile: () =>
    conflict('De status van dit verzoek is zojuist gewijzigd. Probeer het opnieuw.'),
  useVacancyCreation: () =>
    conflict(
      'Maak de vacature aan vanuit het verzoek; dan krijgt het vanzelf de status "Vacature aangemaakt".',
    ),
  notForEmployer: () =>
    forbidden('Als werkgever kunt u alleen een voorstel aanvaarden of afwijzen.'),
  notAccepted: () =>
    conflict('Een vacature kan pas worden gemaakt als de werkgever het voorstel heeft aanvaard.'),
  useProposal: () => conflict('Stel eerst de nieuwe functie samen en verstuur die als voorstel.'),
  notAnalysable: () =>
    conflict(
      'Alleen bij een ingediend verzoek of een verzoek in analyse kan de taakanalyse worden vastgelegd.',
    ),
  notProposable: () =>
    conflict('Een voorstel kan alleen worden gedaan terwijl het werk wordt geanalyseerd.'),
  analysisMissing: () =>
    conflict('Leg eerst de taakanalyse vast; daarna kunt u een functie voorstellen.'),
  invalidInput: (fields: FieldError[]) => badInput(fields),
  unknownTaskMessage: 'Deze taak hoort niet bij dit verzoek.',
  duplicateTaskMessage: 'Deze taak staat er al in.',
  notSplittableMessage: 'Deze taak is in de analyse niet als afsplitsbaar aangemerkt.',
  unknownCompetenceMessage: 'Deze competentie bestaat niet (meer).',
  duplicateCompetenceMessage: 'Deze competentie staat er al in.',
  reasonRequired: () => badInput([{ field: 'note', message: 'Geef een reden voor de afwijzing.' }]),
};
