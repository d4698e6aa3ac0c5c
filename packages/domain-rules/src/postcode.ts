// Dutch postcodes: four digits not starting with 0 (PC4), then two letters. PostNL does not issue
// the letter pairs SA, SD and SS. Where a rule allows it, the four digits alone (PC4) are enough.
import { checkRule, type RuleViolation } from './validation.js';

export type Postcode = {
  /** '1211' */
  pc4: string;
  /** 'AB', or null for a PC4-only postcode. */
  letters: string | null;
};

export type PostcodeOptions = {
  /** Accept '1211' without letters. Off unless a rule says so. */
  allowPc4?: boolean;
};

const POSTCODE = /^([1-9]\d{3})\s*([A-Z]{2})?$/;
const UNISSUED_LETTERS = new Set(['SA', 'SD', 'SS']);

/** Accepts '1211 AB', '1211ab' and, with allowPc4, '1211'; returns null otherwise. */
export function parsePostcode(value: string, options: PostcodeOptions = {}): Postcode | null {
  const match = POSTCODE.exec(value.trim().toUpperCase());
  if (!match) return null;
  const [, pc4, letters] = match;
  if (letters === undefined) return options.allowPc4 ? { pc4, letters: null } : null;
  if (UNISSUED_LETTERS.has(letters)) return null;
  return { pc4, letters };
}

/** '1211 AB', or '1211' for a PC4-only postcode. */
export function formatPostcode(postcode: Postcode): string {
  return postcode.letters === null ? postcode.pc4 : `${postcode.pc4} ${postcode.letters}`;
}

/** Parses and formats in one step: '1211ab' → '1211 AB'; null when not a valid postcode. */
export function normalisePostcode(value: string, options: PostcodeOptions = {}): string | null {
  const postcode = parsePostcode(value, options);
  return postcode === null ? null : formatPostcode(postcode);
}

/** The four digits of a full or PC4-only postcode: '1211 AB' → '1211'; null when not valid. */
export function toPc4(value: string): string | null {
  return parsePostcode(value, { allowPc4: true })?.pc4 ?? null;
}

export function isValidPostcode(value: string, options: PostcodeOptions = {}): boolean {
  return parsePostcode(value, options) !== null;
}

export function validatePostcode(
  value: string,
  options: PostcodeOptions & { field?: string } = {},
): RuleViolation[] {
  const message = options.allowPc4
    ? 'Dit is geen geldige postcode, bijvoorbeeld 1211 AB of 1211.'
    : undefined;
  return checkRule(
    isValidPostcode(value, options),
    options.field ?? 'postcode',
    'INVALID_POSTCODE',
    message,
  );
}
