import { badInput, conflict, forbidden, notFound } from '../../common/errors/domain-error.js';
import { statusExclusionMessage, type StatusExclusionCode } from './match-labels.js';

export const MatchingErrors = {
  vacancyNotFound: () => notFound('Deze vacature'),
  jobSeekerNotFound: () => notFound('Deze inwoner'),
  regionNotFound: () => notFound('Deze regio'),
  proposalNotFound: () => notFound('Dit toewijzingsvoorstel'),
  proposalNotDone: () =>
    conflict(
      'Dit toewijzingsvoorstel is nog niet klaar of is mislukt; er zijn geen paren om over te nemen.',
    ),
  /** The vacancy or job-seeker is not in the index: not open, archived, at work, or outside the active regions. */
  notMatchable: (code: StatusExclusionCode) => conflict(statusExclusionMessage(code)),
  regionNotActive: (field: string) =>
    badInput([{ field, message: 'Deze regio doet (nog) niet mee aan matching in Werkbrug.' }]),
  proposalRunning: () =>
    conflict('Voor deze regio wordt al een toewijzingsvoorstel berekend. Wacht tot het klaar is.'),
  /** Employers learn "in het doelgroepregister: ja" for a garantiebaan only, never filter on it. */
  targetGroupFilterForEmployer: () =>
    forbidden('Werkgevers kunnen niet filteren op het doelgroepregister.'),
};
