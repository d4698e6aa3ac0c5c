import { formatNumber } from '@werkbrug/ui';

/** "24 uur" or "25,5 uur". */
export function formatHours(hours: number): string {
  return `${formatNumber(hours, 1)} uur`;
}

/** "24-32 uur", or "24 uur" when both ends are the same. */
export function formatHoursRange(min: number, max: number): string {
  return min === max ? formatHours(min) : `${formatNumber(min, 1)}-${formatHours(max)}`;
}

/** A score 0-100 as a whole number. */
export function formatScore(value: number): string {
  return formatNumber(value, 0);
}

export function formatKm(km: number): string {
  return `${formatNumber(km, 1)} km`;
}

/** "Ja" or "Nee". */
export function yesNo(value: boolean): string {
  return value ? 'Ja' : 'Nee';
}

/** "Jan de Vries", or the candidate label where the name is not known. */
export function personName(person: {
  firstName?: string | null;
  lastName?: string | null;
  candidateLabel?: string;
}): string {
  const name = [person.firstName, person.lastName].filter(Boolean).join(' ');
  return name || person.candidateLabel || 'Onbekend';
}

/** A number as Dutch users type it ("25,5" or "25.5"); NaN when it is not one. */
export function parseNumber(value: string): number {
  const trimmed = value.trim().replace(',', '.');
  return trimmed === '' || !/^-?\d+(\.\d+)?$/.test(trimmed) ? Number.NaN : Number(trimmed);
}
