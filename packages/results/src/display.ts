import type { Published } from './suppression.js';

/** Shown for a count of fewer than 5 people. */
export const SMALL_COUNT_DISPLAY = '<5';
/** Shown for a figure hidden so that no small count can be worked out (CBS's sign for "secret"). */
export const HIDDEN_DISPLAY = 'x';

const ONE_DECIMAL = new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** A count as text: "12", "<5", or "x" when hidden to protect another cell. */
export function displayCount(figure: Published): string {
  if (figure.value !== null) return String(figure.value);
  return figure.suppression === 'SMALL_COUNT' ? SMALL_COUNT_DISPLAY : HIDDEN_DISPLAY;
}

/** A figure (jobs, percentage, days) as Dutch text with one decimal ("31,7"), or "x" when hidden. */
export function displayFigure(figure: Published): string {
  return figure.value === null ? HIDDEN_DISPLAY : ONE_DECIMAL.format(figure.value);
}
