const numberFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const scoreFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

/** "24 uur" or "25,5 uur". */
export function formatHours(hours: number): string {
  return `${numberFormat.format(hours)} uur`;
}

/** "24-32 uur", or "24 uur" when both ends are the same. */
export function formatHoursRange(min: number, max: number): string {
  return min === max ? formatHours(min) : `${numberFormat.format(min)}-${formatHours(max)}`;
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A score 0-100 as a whole number. */
export function formatScore(value: number): string {
  return scoreFormat.format(value);
}

export function formatKm(km: number): string {
  return `${numberFormat.format(km)} km`;
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
