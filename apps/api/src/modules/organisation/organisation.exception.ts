import { badInput, conflict, notFound } from '../../common/errors/domain-error.js';

export const OrganisationErrors = {
  notFound: () => notFound('Deze organisatie'),
  unknownRegions: (field: string, codes: string[]) =>
    badInput([{ field, message: `Deze regio's kennen we niet: ${codes.join(', ')}.` }]),
  archived: () => conflict('Deze organisatie is gearchiveerd en kan niet meer worden gewijzigd.'),
  hasActiveUsers: (count: number) =>
    conflict(
      `Deze organisatie heeft nog ${count} actie${count === 1 ? 'f account' : 've accounts'}. Archiveer of verplaats die eerst.`,
    ),
  regionsInUse: (codes: string[]) =>
    conflict(
      `Medewerkers van deze organisatie werken nog in ${codes.join(', ')}. Pas eerst hun regio's aan.`,
    ),
};
