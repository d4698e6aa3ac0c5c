import {
  describedShare,
  emptyJob,
  emptyJobCarving,
  errorsFromApi,
  focusIdOf,
  simpleHoursPerWeek,
  stepOf,
  toSubmitInput,
  validateAll,
  validateDepartment,
  validateJobs,
  validateTasks,
  type JobCarvingValues,
} from './jobCarvingForm.js';

const valid: JobCarvingValues = {
  department: 'Keuken',
  reason: 'WORKLOAD',
  notes: 'Vooral in het weekend.',
  jobs: [
    {
      key: 'job-a',
      title: 'Kok',
      headcount: '3',
      tasks: [
        { name: 'Groenten snijden', sharePercent: '30', complexity: 'SIMPLE', splittable: 'YES' },
        { name: 'Koken', sharePercent: '60', complexity: 'COMPLEX', splittable: 'NO' },
      ],
    },
  ],
};

const withTasks = (tasks: JobCarvingValues['jobs'][number]['tasks']) => ({
  ...valid,
  jobs: [{ ...valid.jobs[0], tasks }],
});

describe(validateAll.name, () => {
  it('accepts a complete request', () => {
    expect(validateAll(valid)).toEqual({});
  });
});

describe(validateDepartment.name, () => {
  it('asks for the department and the reason', () => {
    expect(validateDepartment(emptyJobCarving())).toEqual({
      department: 'Vul de afdeling in.',
      reason: 'Kies waarom u jobcarving overweegt.',
    });
  });
});

describe(validateJobs.name, () => {
  it.each([
    ['', '1', 'jobs.0.title', 'Geef de functie een naam.'],
    [
      'Kok',
      '0',
      'jobs.0.headcount',
      'Het aantal medewerkers is een heel getal van 1 tot en met 1000.',
    ],
    [
      'Kok',
      '2,5',
      'jobs.0.headcount',
      'Het aantal medewerkers is een heel getal van 1 tot en met 1000.',
    ],
    [
      'Kok',
      '1001',
      'jobs.0.headcount',
      'Het aantal medewerkers is een heel getal van 1 tot en met 1000.',
    ],
  ])('refuses a job "%s" with headcount "%s" at %s', (title, headcount, key, message) => {
    const values = { ...valid, jobs: [{ ...valid.jobs[0], title, headcount }] };

    expect(validateJobs(values)).toEqual({ [key]: message });
  });
});

describe(validateTasks.name, () => {
  it('checks every field of a task', () => {
    expect(
      validateTasks(withTasks([{ name: 'x', sharePercent: '0', complexity: '', splittable: '' }])),
    ).toEqual({
      'jobs.0.tasks.0.name': 'Beschrijf de taak in een paar woorden.',
      'jobs.0.tasks.0.sharePercent': 'Het aandeel is een heel percentage van 1 tot en met 100.',
      'jobs.0.tasks.0.complexity': 'Kies hoe complex de taak is.',
      'jobs.0.tasks.0.splittable': 'Geef aan of de taak kan worden afgesplitst.',
    });
  });

  it.each([
    [
      ['30', '15'],
      'De taken beslaan samen pas 45 % van de tijd. Beschrijf taken die samen minstens de helft van het werk in deze functie vormen.',
    ],
    [
      ['60', '50'],
      'De taken van deze functie beslaan samen 110 % van de tijd; dat mag hoogstens 100 % zijn.',
    ],
  ])('refuses shares %j that do not add up to 50-100 %%', (shares, message) => {
    const tasks = shares.map((sharePercent) => ({
      name: 'Taak',
      sharePercent,
      complexity: 'SIMPLE' as const,
      splittable: 'YES' as const,
    }));

    expect(validateTasks(withTasks(tasks))).toEqual({ 'jobs.0.tasks': message });
  });

  it.each([['50'], ['100']])('accepts shares adding up to %s %%', (share) => {
    expect(
      validateTasks(
        withTasks([{ name: 'Taak', sharePercent: share, complexity: 'SIMPLE', splittable: 'NO' }]),
      ),
    ).toEqual({});
  });
});

describe(describedShare.name, () => {
  it('adds up the valid shares', () => {
    expect(
      describedShare({
        ...emptyJob(),
        tasks: [
          { name: 'a', sharePercent: '30', complexity: '', splittable: '' },
          { name: 'b', sharePercent: 'veel', complexity: '', splittable: '' },
          { name: 'c', sharePercent: '25', complexity: '', splittable: '' },
        ],
      }),
    ).toBe(55);
  });
});

describe(simpleHoursPerWeek.name, () => {
  it('counts the simple tasks of everyone in a job, in a 36-hour week', () => {
    expect(simpleHoursPerWeek(valid)).toBe(32.4);
  });
});

describe(stepOf.name, () => {
  it.each([
    ['department', 0],
    ['notes', 0],
    ['jobs', 1],
    ['jobs.2.title', 1],
    ['jobs.2.headcount', 1],
    ['jobs.2.tasks', 2],
    ['jobs.2.tasks.4.sharePercent', 2],
  ])('puts %s on step %i', (key, step) => {
    expect(stepOf(key)).toBe(step);
  });
});

describe(errorsFromApi.name, () => {
  it("keys the API's problems like the form, the first message per field winning", () => {
    expect(
      errorsFromApi([
        { path: 'input.jobs.0.tasks', message: 'Te veel.' },
        { path: 'input.department', message: 'Vul de afdeling in.' },
        { path: 'input.department', message: 'Hoogstens 160 tekens.' },
      ]),
    ).toEqual({ 'jobs.0.tasks': 'Te veel.', department: 'Vul de afdeling in.' });
  });
});

describe(focusIdOf.name, () => {
  it.each([
    ['department', 'jobcarving-department'],
    ['jobs.1.tasks.2.name', 'jobcarving-jobs-1-tasks-2-name'],
    ['jobs.1.tasks', 'jobcarving-jobs-1-tasks-0-sharePercent'],
  ])('sends the focus for %s to #%s', (key, id) => {
    expect(focusIdOf(key)).toBe(id);
  });
});

describe(toSubmitInput.name, () => {
  it('sends numbers as numbers, the reason and "could be split off" as such, trimmed text, and no React keys', () => {
    expect(toSubmitInput({ ...valid, department: ' Keuken ' }, 'employer-1')).toEqual({
      employerId: 'employer-1',
      department: 'Keuken',
      reason: 'WORKLOAD',
      notes: 'Vooral in het weekend.',
      jobs: [
        {
          title: 'Kok',
          headcount: 3,
          tasks: [
            { name: 'Groenten snijden', sharePercent: 30, complexity: 'SIMPLE', splittable: true },
            { name: 'Koken', sharePercent: 60, complexity: 'COMPLEX', splittable: false },
          ],
        },
      ],
    });
  });
});
