import {
  carvableHoursPerWeek,
  describedSharePercent,
  findCarvableTasks,
  taskSharesProblem,
} from './job-carving-analysis.js';

const kitchen = {
  id: 'job-1',
  title: 'Kok',
  headcount: 3,
  tasks: [
    { name: 'Koken', sharePercent: 60, complexity: 'COMPLEX' as const },
    { name: 'Afwassen', sharePercent: 25, complexity: 'SIMPLE' as const },
    { name: 'Groente snijden', sharePercent: 10, complexity: 'SIMPLE' as const },
  ],
};
const office = {
  id: 'job-2',
  title: 'Administratief medewerker',
  headcount: 1,
  tasks: [
    { name: 'Post sorteren', sharePercent: 20, complexity: 'SIMPLE' as const },
    { name: 'Facturen boeken', sharePercent: 70, complexity: 'MEDIUM' as const },
  ],
};

describe(findCarvableTasks.name, () => {
  it('keeps only SIMPLE tasks, with their hours in a 36-hour job and across the headcount', () => {
    expect(findCarvableTasks([kitchen, office])).toEqual([
      {
        jobId: 'job-1',
        jobTitle: 'Kok',
        taskName: 'Afwassen',
        sharePercent: 25,
        headcount: 3,
        hoursPerWeek: 9,
        totalHoursPerWeek: 27,
      },
      {
        jobId: 'job-1',
        jobTitle: 'Kok',
        taskName: 'Groente snijden',
        sharePercent: 10,
        headcount: 3,
        hoursPerWeek: 3.6,
        totalHoursPerWeek: 10.8,
      },
      {
        jobId: 'job-2',
        jobTitle: 'Administratief medewerker',
        taskName: 'Post sorteren',
        sharePercent: 20,
        headcount: 1,
        hoursPerWeek: 7.2,
        totalHoursPerWeek: 7.2,
      },
    ]);
  });

  it('rounds hours to one decimal', () => {
    const job = {
      id: 'j',
      title: 'Schoonmaker',
      headcount: 7,
      tasks: [{ name: 'Prullenbakken legen', sharePercent: 3, complexity: 'SIMPLE' as const }],
    };
    expect(findCarvableTasks([job])[0]).toMatchObject({
      hoursPerWeek: 1.1,
      totalHoursPerWeek: 7.6,
    });
  });

  it('measures against another working week when asked', () => {
    expect(findCarvableTasks([office], 40)[0]?.hoursPerWeek).toBe(8);
  });

  it('finds nothing when no task is simple', () => {
    expect(findCarvableTasks([{ ...office, tasks: [office.tasks[1]!] }])).toEqual([]);
  });
});

describe(carvableHoursPerWeek.name, () => {
  it('adds up the hours across every job and person', () => {
    expect(carvableHoursPerWeek(findCarvableTasks([kitchen, office]))).toBe(45);
  });
});

describe(taskSharesProblem.name, () => {
  it.each([[[50]], [[100]], [[30, 30, 40]], [[1, 49]]])('accepts shares %j', (shares) => {
    expect(taskSharesProblem(shares.map((sharePercent) => ({ sharePercent })))).toBeNull();
  });

  it('refuses shares above 100 %', () => {
    expect(taskSharesProblem([{ sharePercent: 60 }, { sharePercent: 41 }])).toMatch(
      /101 %.*hoogstens 100 %/,
    );
  });

  it('asks for more detail below half of the time', () => {
    expect(taskSharesProblem([{ sharePercent: 20 }, { sharePercent: 29 }])).toMatch(
      /pas 49 %.*minstens de helft/,
    );
  });
});

describe(describedSharePercent.name, () => {
  it('sums the shares', () => {
    expect(describedSharePercent(kitchen.tasks)).toBe(95);
  });
});
