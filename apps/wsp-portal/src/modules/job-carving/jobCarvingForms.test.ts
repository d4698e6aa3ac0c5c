import {
  analysisInputFrom,
  analysisRowsFrom,
  composerErrorsFromApi,
  proposeInputFrom,
  suggestedHours,
  validateAnalysis,
  validateComposer,
} from './jobCarvingForms.js';

const jobs = [
  {
    id: 'job-1',
    title: 'Kok',
    headcount: 2,
    tasks: [
      { name: 'Koken', sharePercent: 70, complexity: 'COMPLEX' as const, splittable: false },
      { name: 'Afwassen', sharePercent: 30, complexity: 'SIMPLE' as const, splittable: true },
    ],
  },
];

describe(analysisRowsFrom.name, () => {
  it("starts from the employer's answers", () => {
    expect(
      analysisRowsFrom(jobs, null).map((row) => [row.taskName, row.sharePercent, row.splittable]),
    ).toEqual([
      ['Koken', '70', false],
      ['Afwassen', '30', true],
    ]);
  });

  it('uses the recorded analysis where there is one', () => {
    const analysis = {
      tasks: [
        {
          jobId: 'job-1',
          taskIndex: 0,
          jobTitle: 'Kok',
          taskName: 'Koken',
          sharePercent: 60,
          complexity: 'MEDIUM' as const,
          splittable: true,
        },
      ],
    };
    expect(analysisRowsFrom(jobs, analysis)[0]).toMatchObject({
      sharePercent: '60',
      complexity: 'MEDIUM',
      splittable: true,
    });
  });
});

describe(validateAnalysis.name, () => {
  it.each(['0', '101', '12,5', ''])('refuses a share of "%s"', (share) => {
    const rows = analysisRowsFrom(jobs, null).map((row, i) =>
      i === 1 ? { ...row, sharePercent: share } : row,
    );
    expect(validateAnalysis(rows, '')).toEqual({
      'tasks.1.sharePercent': 'Het aandeel is een heel percentage van 1 tot en met 100.',
    });
  });

  it('sends the analysis with numbers and trimmed text', () => {
    expect(analysisInputFrom(analysisRowsFrom(jobs, null), ' Gezien. ')).toEqual({
      summary: 'Gezien.',
      tasks: [
        {
          jobId: 'job-1',
          taskIndex: 0,
          sharePercent: 70,
          complexity: 'COMPLEX',
          splittable: false,
        },
        { jobId: 'job-1', taskIndex: 1, sharePercent: 30, complexity: 'SIMPLE', splittable: true },
      ],
    });
  });
});

describe(suggestedHours.name, () => {
  it.each([
    [[{ sharePercent: 30, headcount: 2 }], 21.5],
    [[{ sharePercent: 100, headcount: 3 }], 40],
    [[], 0],
  ])('turns %j into %d hours a week', (picked, hours) => {
    expect(suggestedHours(picked)).toBe(hours);
  });
});

describe(validateComposer.name, () => {
  const valid = {
    title: 'Spoelkeuken',
    description: 'Tekst',
    hoursPerWeek: '21,5',
    taskKeys: ['job-1:1'],
    competences: [],
  };

  it('accepts a complete role', () => {
    expect(validateComposer(valid)).toEqual({});
  });

  it.each([
    [{ title: ' x ' }, 'title'],
    [{ hoursPerWeek: '20,25' }, 'hoursPerWeek'],
    [{ hoursPerWeek: '41' }, 'hoursPerWeek'],
    [{ taskKeys: [] }, 'tasks'],
    [{ description: '  ' }, 'description'],
  ])('refuses %j at %s', (patch, field) => {
    expect(Object.keys(validateComposer({ ...valid, ...patch }))).toEqual([field]);
  });

  it('sends task references and competences as the API asks', () => {
    expect(
      proposeInputFrom({
        ...valid,
        competences: [
          { code: 'WA_PUNCTUALITY', label: 'Stiptheid', minLevel: 3, requirement: 'WISHED' },
        ],
      }),
    ).toEqual({
      title: 'Spoelkeuken',
      description: 'Tekst',
      hoursPerWeek: 21.5,
      tasks: [{ jobId: 'job-1', taskIndex: 1 }],
      competences: [{ competenceCode: 'WA_PUNCTUALITY', minLevel: 3, requirement: 'WISHED' }],
    });
  });
});

describe(composerErrorsFromApi.name, () => {
  it('puts task problems on the task list and competence problems on their row', () => {
    expect(
      composerErrorsFromApi({
        'tasks.1.taskIndex': 'Niet afsplitsbaar.',
        'competences.2.competenceCode': 'Onbekend.',
        title: 'Te lang.',
      }),
    ).toEqual({ tasks: 'Niet afsplitsbaar.', 'competences.2': 'Onbekend.', title: 'Te lang.' });
  });
});
