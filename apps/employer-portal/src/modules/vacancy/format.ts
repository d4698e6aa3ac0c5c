import { formatCents, formatNumber } from '@werkbrug/ui';

/** "24" or "24 tot 32". */
export function formatHours({
  hoursMin,
  hoursMax,
}: {
  hoursMin: number;
  hoursMax: number;
}): string {
  return hoursMin === hoursMax
    ? formatNumber(hoursMin)
    : `${formatNumber(hoursMin)} tot ${formatNumber(hoursMax)}`;
}

/** "€ 14,50 tot € 16,00 bruto per uur", or null without a wage indication. */
export function formatWage({
  wageMinCents,
  wageMaxCents,
}: {
  wageMinCents?: number | null;
  wageMaxCents?: number | null;
}): string | null {
  const min = wageMinCents ?? null;
  const max = wageMaxCents ?? null;
  if (min === null && max === null) return null;
  if (min !== null && max !== null && min !== max) {
    return `${formatCents(min)} tot ${formatCents(max)} bruto per uur`;
  }
  if (min !== null && max === null) return `vanaf ${formatCents(min)} bruto per uur`;
  if (min === null && max !== null) return `tot ${formatCents(max)} bruto per uur`;
  return `${formatCents(min ?? 0)} bruto per uur`;
}
