// Dutch notation for amounts, numbers and dates, as users read and type them.

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const decimals = [0, 1, 2].map(
  (digits) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: digits }),
);
const longDate = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});

/** 1450 → "€ 14,50". */
export function formatCents(cents: number): string {
  return euro.format(cents / 100);
}

/** Cents as the euro amount a form field shows: 1450 → "14,50"; null → "". */
export function centsToEuroInput(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return '';
  return (cents / 100).toFixed(2).replace('.', ',');
}

const EURO_INPUT = /^(\d{1,7})(?:[.,](\d{1,2}))?$/;

/**
 * What someone typed as a euro amount, in cents: "14,50", "14.5", "€ 14" → 1450, 1450, 1400.
 * Empty → null; anything else (negative, three decimals, letters) → NaN.
 */
export function euroInputToCents(value: string): number | null {
  const text = value.replace(/€/g, '').replace(/\s/g, '');
  if (text === '') return null;
  const match = EURO_INPUT.exec(text);
  if (!match) return Number.NaN;
  const [, whole, fraction = ''] = match;
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** 25.5 → "25,5"; at most `maximumFractionDigits` (0, 1 or 2) decimals: 1.25 → "1,25", "1,3", "1". */
export function formatNumber(value: number, maximumFractionDigits: 0 | 1 | 2 = 2): string {
  return decimals[maximumFractionDigits].format(value);
}

/** "2026-03-12" or an ISO date-time → "12 maart 2026". */
export function formatDate(value: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return longDate.format(date);
}
