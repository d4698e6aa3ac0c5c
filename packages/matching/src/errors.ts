// One error type with a code, so the API can map engine failures to GraphQL errors exhaustively.

export const MATCHING_ERROR_CODES = [
  'UNKNOWN_SEEKER',
  'UNKNOWN_VACANCY',
  'INVALID_INPUT',
  'INVALID_QUERY',
  'INVALID_CONFIG',
] as const;
export type MatchingErrorCode = (typeof MATCHING_ERROR_CODES)[number];

export class MatchingError extends Error {
  constructor(
    readonly code: MatchingErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MatchingError';
  }
}
