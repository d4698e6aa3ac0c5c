import { parseLksForm } from './lksForm.js';

describe('parseLksForm', () => {
  it('reads Dutch amounts and decimals', () => {
    expect(
      parseLksForm({
        hourlyWage: '14,71',
        loonwaardePercent: '60',
        hoursPerWeek: '24,5',
        date: '',
      }),
    ).toEqual({
      input: { hourlyWage: 14.71, loonwaardePercent: 60, hoursPerWeek: 24.5, date: null },
    });
  });

  it.each([
    [{ hourlyWage: '' }, 'hourlyWage', 'Vul het bruto uurloon in.'],
    [{ hourlyWage: 'veel' }, 'hourlyWage', 'Vul een bedrag in, zoals 14,71.'],
    [
      { loonwaardePercent: '101' },
      'loonwaardePercent',
      'De loonwaarde is een heel getal van 0 tot en met 100.',
    ],
    [
      { hoursPerWeek: '24,3' },
      'hoursPerWeek',
      'Het aantal uren per week ligt tussen 1 en 40, in hele of halve uren.',
    ],
  ])('refuses %o', (override, field, message) => {
    const result = parseLksForm({
      hourlyWage: '15',
      loonwaardePercent: '50',
      hoursPerWeek: '20',
      date: '',
      ...override,
    });
    expect(result).toEqual({ errors: { [field]: message } });
  });
});
