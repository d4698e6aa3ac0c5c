const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// As the API checks it: digits, spaces, brackets and dashes, optionally a leading +.
const PHONE = /^\+?[0-9 ()-]{10,20}$/;

export const isEmail = (value: string) => EMAIL.test(value);
export const isPhone = (value: string) => PHONE.test(value);

/** Trimmed text, or null when nothing was typed (optional fields the API may clear). */
export function optionalText(value: string): string | null {
  const text = value.trim();
  return text === '' ? null : text;
}
