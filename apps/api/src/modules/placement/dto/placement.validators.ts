import { isIsoDate, isValidWeeklyHours } from '@werkbrug/domain-rules';
import { registerDecorator } from 'class-validator';

/** 1 to 40 hours a week, in whole or half hours (domain-rules). */
export const IsWeeklyHours = () => (target: object, propertyName: string) =>
  registerDecorator({
    name: 'isWeeklyHours',
    target: target.constructor,
    propertyName,
    options: { message: 'Het aantal uren per week ligt tussen 1 en 40, in hele of halve uren.' },
    validator: { validate: (value: unknown) => typeof value === 'number' && isValidWeeklyHours(value) },
  });

/** A calendar date as YYYY-MM-DD that exists. */
export const IsIsoDate = () => (target: object, propertyName: string) =>
  registerDecorator({
    name: 'isIsoDate',
    target: target.constructor,
    propertyName,
    options: { message: 'Dit is geen geldige datum (JJJJ-MM-DD).' },
    validator: { validate: (value: unknown) => typeof value === 'string' && isIsoDate(value) },
  });
