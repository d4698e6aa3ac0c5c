import { euroInputToCents } from '@werkbrug/ui';

export type LksKey = 'hourlyWage' | 'loonwaardePercent' | 'hoursPerWeek' | 'date';
export const LKS_FIELDS: readonly LksKey[] = [
  'hourlyWage',
  'loonwaardePercent',
  'hoursPerWeek',
  'date',
];
export type LksValues = Record<LksKey, string>;

export interface LksInput {
  hourlyWage: number;
  loonwaardePercent: number;
  hoursPerWeek: number;
  date: string | null;
}

const number = (text: string) => Number(text.trim().replace(',', '.'));

/** Checks what was typed like the API does, in Dutch; returns the input or the errors per field. */
export function parseLksForm(
  values: LksValues,
): { input: LksInput } | { errors: Partial<Record<LksKey, string>> } {
  const errors: Partial<Record<LksKey, string>> = {};
  const cents = euroInputToCents(values.hourlyWage);
  if (cents === null) errors.hourlyWage = 'Vul het bruto uurloon in.';
  else if (Number.isNaN(cents) || cents <= 0) errors.hourlyWage = 'Vul een bedrag in, zoals 14,71.';
  const loonwaarde = number(values.loonwaardePercent);
  if (values.loonwaardePercent.trim() === '') errors.loonwaardePercent = 'Vul de loonwaarde in.';
  else if (!Number.isInteger(loonwaarde) || loonwaarde < 0 || loonwaarde > 100)
    errors.loonwaardePercent = 'De loonwaarde is een heel getal van 0 tot en met 100.';
  const hours = number(values.hoursPerWeek);
  if (values.hoursPerWeek.trim() === '') errors.hoursPerWeek = 'Vul het aantal uren per week in.';
  else if (!Number.isFinite(hours) || hours < 1 || hours > 40 || !Number.isInteger(hours * 2))
    errors.hoursPerWeek = 'Het aantal uren per week ligt tussen 1 en 40, in hele of halve uren.';
  if (values.date !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(values.date))
    errors.date = 'Vul een geldige datum in.';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    input: {
      hourlyWage: cents! / 100,
      loonwaardePercent: loonwaarde,
      hoursPerWeek: hours,
      date: values.date === '' ? null : values.date,
    },
  };
}
