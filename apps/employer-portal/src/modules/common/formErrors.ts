import type { ErrorSummaryItem } from '@werkbrug/ui';

export type FieldErrors<Key extends string> = Partial<Record<Key, string>>;

/** The errors in the order of the form's fields, each linking to its input. */
export function summaryItems<Key extends string>(
  order: readonly Key[],
  errors: FieldErrors<Key>,
  idOf: (key: Key) => string,
): ErrorSummaryItem[] {
  return order.flatMap((key) => {
    const message = errors[key];
    return message ? [{ fieldId: idOf(key), message }] : [];
  });
}

/** The first field with an error, to move the focus to. */
export function firstInvalid<Key extends string>(
  order: readonly Key[],
  errors: FieldErrors<Key>,
): Key | undefined {
  return order.find((key) => errors[key]);
}

/** `input.postcode` → `postcode` when the form has such a field, else null. */
export function inputFieldKey<Key extends string>(fields: readonly Key[]) {
  return (path: string): Key | null => {
    const name = path.replace(/^input\./, '');
    return (fields as readonly string[]).includes(name) ? (name as Key) : null;
  };
}

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
