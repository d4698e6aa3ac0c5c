import { isIsoDate } from '@werkbrug/domain-rules';
import { registerDecorator, type ValidationOptions } from 'class-validator';
import { todayInNetherlands } from '../calendar.js';

function rule(name: string, test: (value: unknown) => boolean, message: string) {
  return (options?: ValidationOptions) => (target: object, propertyName: string) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName,
      options: { message, ...options },
      validator: { validate: (value: unknown) => test(value) },
    });
}

const isPastDate = (value: unknown, earliest: string) =>
  typeof value === 'string' &&
  isIsoDate(value) &&
  value >= earliest &&
  value <= todayInNetherlands();

/** A calendar date (YYYY-MM-DD) from 1900 up to today. */
export const IsBirthDate = rule(
  'isBirthDate',
  (value) => isPastDate(value, '1900-01-01'),
  'Vul een geboortedatum in als JJJJ-MM-DD, niet in de toekomst.',
);

/** A calendar date (YYYY-MM-DD) from 2000 up to today: when a competence was assessed. */
export const IsAssessmentDate = rule(
  'isAssessmentDate',
  (value) => isPastDate(value, '2000-01-01'),
  'Vul een datum in als JJJJ-MM-DD, niet in de toekomst.',
);

/** Hours a week a job-seeker is available: 0 (not now) to 40, in whole or half hours. */
export const IsAvailableHours = rule(
  'isAvailableHours',
  (value) => typeof value === 'number' && Number.isInteger(value * 2) && value >= 0 && value <= 40,
  'Het aantal uren per week ligt tussen 0 en 40, in hele of halve uren.',
);
