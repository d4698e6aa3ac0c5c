import type { JobSeekerFacts } from '../introduction/pipeline-job-seekers.js';
import type { PlacementEntity } from './placement.entity.js';
import { isActivePlacement, toPlacementModel } from './placement.mapper.js';

const facts = (inDoelgroepregister: boolean): JobSeekerFacts => ({
  id: 'seeker-1',
  candidateNumber: 4711,
  regionCode: 'AM12',
  archived: false,
  consentStatus: 'GRANTED',
  inDoelgroepregister,
  hasIndicatieBeschutWerk: false,
});

const placement = (patch: Partial<PlacementEntity> = {}) =>
  ({
    id: 'placement-1',
    jobSeekerId: 'seeker-1',
    employerId: 'employer-1',
    employer: { id: 'employer-1', name: 'Groenbedrijf', sector: 'OVERHEID' },
    vacancy: null,
    vacancyId: null,
    introductionId: null,
    contractType: 'PERMANENT',
    hoursPerWeek: 25.5,
    startDate: '2026-01-01',
    endDate: null,
    instruments: ['NO_RISK_POLIS'],
    arrangement: 'REGULAR',
    arrangementExtended: false,
    hourlyWage: 14.4,
    loonwaardePercentage: null,
    jobcoachHours: null,
    jobcoachHoursUnit: null,
    endReason: null,
    endNote: null,
    createdAt: new Date('2026-01-01'),
    archivedAt: null,
    ...patch,
  }) as PlacementEntity;

describe(toPlacementModel.name, () => {
  it.each<[number, boolean, number]>([
    [25.5, true, 1],
    [12.75, true, 0.5],
    [38, true, 38 / 25.5],
    [25.5, false, 0],
  ])(
    'counts %p hours (doelgroepregister %p) as %p banenafspraak jobs',
    (hoursPerWeek, inRegister, jobs) => {
      expect(
        toPlacementModel(
          {
            placement: placement({ hoursPerWeek }),
            jobSeeker: facts(inRegister),
            name: null,
            forStaff: true,
            checkIns: [],
          },
          '2026-06-01',
        ).banenafspraakJobs,
      ).toBeCloseTo(jobs, 10);
    },
  );

  it('gives an employer user the candidate label without the job-seeker id or a name', () => {
    const model = toPlacementModel(
      {
        placement: placement(),
        jobSeeker: facts(false),
        name: null,
        forStaff: false,
        checkIns: [],
      },
      '2026-06-01',
    );
    expect(model.jobSeeker).toEqual({
      id: null,
      candidateNumber: 4711,
      candidateLabel: 'Kandidaat 4711',
      firstName: null,
      lastName: null,
    });
  });

  it('names the job-seeker where a name was handed out', () => {
    const model = toPlacementModel(
      {
        placement: placement(),
        jobSeeker: facts(false),
        name: { firstName: 'Jan', lastName: 'Jansen' },
        forStaff: true,
        checkIns: [],
      },
      '2026-06-01',
    );
    expect(model.jobSeeker).toMatchObject({ id: 'seeker-1', firstName: 'Jan', lastName: 'Jansen' });
  });
});

describe(isActivePlacement.name, () => {
  it.each<[string | null, boolean]>([
    [null, true],
    ['2026-06-01', true],
    ['2026-06-02', true],
    ['2026-05-31', false],
  ])('with end date %p runs on 2026-06-01: %p', (endDate, active) => {
    expect(isActivePlacement({ endDate }, '2026-06-01')).toBe(active);
  });
});
