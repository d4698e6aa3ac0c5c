import { badInput, conflict, notFound } from '../../common/errors/domain-error.js';

export const CompetenceErrors = {
  notFound: () => notFound('Deze competentie'),
  taxonomyNotFound: () => notFound('De competentietaxonomie'),
  codeTaken: () => conflict('Er is al een competentie met deze code.'),
  staleRevision: () => conflict('Deze competentie is intussen door iemand anders gewijzigd.'),
  archived: () => conflict('Deze competentie is gearchiveerd en kan niet meer worden gewijzigd.'),
  sector: (field: string, message: string) => badInput([{ field, message }]),
};
