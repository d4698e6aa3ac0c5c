import type { MatchExplanation, SeekerSuggestion } from '@werkbrug/matching';
import type { VacancyKind } from '@werkbrug/domain-rules';
import type { VacancySummary } from './matching-data.js';
import {
  toAnonymousExplanationModel,
  toMatchExplanationModel,
  toPairExplanationModel,
  toVacancyMatchResults,
} from './matching.mapper.js';
import { AnonymousCandidateMatchModel, VacancyMatchModel } from './dto/matching.model.js';

const label = (code: string) =>
  ({ WA_PUNCTUALITY: 'Op tijd komen', VOC_HOSP_DISHWASHING: 'Afwassen' })[code] ?? code;

const explanation: MatchExplanation = {
  score: 71.25,
  factors: [
    { factor: 'competence', weight: 45, fit: 0.75, points: 33.75 },
    { factor: 'hours', weight: 15, fit: 1, points: 15 },
    { factor: 'distance', weight: 15, fit: 0.5, points: 7.5 },
    { factor: 'sector', weight: 10, fit: 0.5, points: 5 },
    { factor: 'perspective', weight: 15, fit: 0.6667, points: 10 },
  ],
  competencesMet: [
    { code: 'WA_PUNCTUALITY', level: 4, minLevel: 3, weight: 5, requirement: 'REQUIRED' },
  ],
  gaps: [
    {
      code: 'VOC_HOSP_DISHWASHING',
      level: 1,
      minLevel: 3,
      gap: 2,
      weight: 3,
      requirement: 'WISHED',
      trainable: true,
    },
  ],
  distanceKm: 12.56,
  travelMinutes: 37.4,
  transport: 'BICYCLE',
  maxTravelKm: 20,
  maxTravelMinutes: 45,
  hoursAvailable: 24,
  hoursMin: 16,
  hoursMax: 24,
  sectorPreferred: null,
  seekerRegionCode: 'AM12',
  vacancyRegionCode: 'AM13',
};

const vacancy = (kind: VacancyKind = 'REGULAR'): VacancySummary => ({
  id: 'vacancy-1',
  title: 'Medewerker spoelkeuken',
  kind,
  status: 'OPEN',
  archived: false,
  employerId: 'employer-1',
  employerName: 'Hotel De Gooische Brink',
  regionCode: 'AM12',
  city: 'Hilversum',
  hoursMin: 16,
  hoursMax: 24,
  openings: 1,
});

const suggestion: SeekerSuggestion = { seekerId: 'seeker-uuid-1', score: 71.25, explanation };

describe(toMatchExplanationModel.name, () => {
  it('gives every factor with its Dutch label, weight, fit and points', () => {
    const model = toMatchExplanationModel(explanation, label);
    expect(model.factors.map((f) => [f.factor, f.label, f.points])).toEqual([
      ['COMPETENCE', 'Competenties', 33.75],
      ['HOURS', 'Uren', 15],
      ['DISTANCE', 'Afstand', 7.5],
      ['SECTOR', 'Sectorvoorkeur', 5],
      ['PERSPECTIVE', 'Perspectief op werk', 10],
    ]);
    expect(model.factors.reduce((sum, f) => sum + f.points, 0)).toBeCloseTo(model.score, 10);
  });

  it('labels the competences met and the gaps, with the gap size and whether it is trainable', () => {
    const model = toMatchExplanationModel(explanation, label);
    expect(model.competencesMet).toEqual([
      expect.objectContaining({
        code: 'WA_PUNCTUALITY',
        label: 'Op tijd komen',
        level: 4,
        minLevel: 3,
      }),
    ]);
    expect(model.gaps).toEqual([
      expect.objectContaining({
        code: 'VOC_HOSP_DISHWASHING',
        label: 'Afwassen',
        gap: 2,
        trainable: true,
      }),
    ]);
  });

  it('keeps the exact distance, travel time, transport and both regions for staff', () => {
    expect(toMatchExplanationModel(explanation, label)).toMatchObject({
      distanceKm: 12.56,
      travelMinutes: 37.4,
      transport: 'BICYCLE',
      jobSeekerRegionCode: 'AM12',
      vacancyRegionCode: 'AM13',
    });
  });
});

describe(toAnonymousExplanationModel.name, () => {
  it('gives a distance band instead of the distance and keeps competences and hours', () => {
    expect(toAnonymousExplanationModel(explanation, label)).toEqual({
      competencesMet: [expect.objectContaining({ code: 'WA_PUNCTUALITY' })],
      gaps: [expect.objectContaining({ code: 'VOC_HOSP_DISHWASHING', gap: 2 })],
      distanceBand: '< 20 km',
      distanceBandUpToKm: 20,
      hoursAvailable: 24,
      hoursMin: 16,
      hoursMax: 24,
    });
  });

  it('leaves out the factors, travel limits, transport and regions', () => {
    const keys = Object.keys(toAnonymousExplanationModel(explanation, label));
    for (const hidden of [
      'factors',
      'distanceKm',
      'travelMinutes',
      'maxTravelKm',
      'maxTravelMinutes',
      'transport',
      'sectorPreferred',
      'jobSeekerRegionCode',
    ]) {
      expect(keys).not.toContain(hidden);
    }
  });
});

describe(toVacancyMatchResults.name, () => {
  const candidate = {
    id: 'seeker-uuid-1',
    candidateNumber: 4711,
    regionCode: 'AM12',
    name: { firstName: 'Fatima', lastName: 'El Amrani' },
  };

  it('gives staff a VacancyMatch with the name, ranked from 1', () => {
    const [match] = toVacancyMatchResults({
      audience: 'STAFF',
      vacancy: vacancy(),
      label,
      matches: [{ suggestion, candidate }],
    });
    expect(match).toBeInstanceOf(VacancyMatchModel);
    expect(match).toMatchObject({
      rank: 1,
      score: 71.25,
      jobSeeker: { candidateLabel: 'Kandidaat 4711', firstName: 'Fatima', lastName: 'El Amrani' },
    });
  });

  it('shows a candidate outside the viewer’s regions by number and region only', () => {
    const [match] = toVacancyMatchResults({
      audience: 'STAFF',
      vacancy: vacancy(),
      label,
      matches: [{ suggestion, candidate: { ...candidate, name: null } }],
    });
    expect((match as VacancyMatchModel).jobSeeker).toMatchObject({
      candidateNumber: 4711,
      regionCode: 'AM12',
      firstName: null,
      lastName: null,
    });
  });

  it('gives employers an AnonymousCandidateMatch without id, name or region', () => {
    const [match] = toVacancyMatchResults({
      audience: 'EMPLOYER',
      vacancy: vacancy(),
      label,
      matches: [{ suggestion, candidateNumber: 4711, prospects: null }],
    });
    expect(match).toBeInstanceOf(AnonymousCandidateMatchModel);
    expect(match).toMatchObject({ rank: 1, candidateLabel: 'Kandidaat 4711', score: 71.25 });
    const text = JSON.stringify(match);
    for (const hidden of ['seeker-uuid-1', 'Fatima', 'AM12', 'BICYCLE', 'factors'])
      expect(text).not.toContain(hidden);
  });

  it('gives employers a start perspective and instrument codes, not the facts behind them', () => {
    const prospects = {
      earningCapacityPercent: 60,
      loonwaardePercent: 55,
      doelgroepregister: true,
      indicatieBeschutWerk: false,
      clientProfile: 1,
      perspectiveGroup: null,
    };
    const [match] = toVacancyMatchResults({
      audience: 'EMPLOYER',
      vacancy: vacancy(),
      label,
      matches: [{ suggestion, candidateNumber: 4711, prospects }],
    });
    expect(match).toMatchObject({
      startPerspective: 'DIRECT',
      startPerspectiveLabel: 'Direct beschikbaar',
      instruments: ['LOONKOSTENSUBSIDIE', 'NO_RISK_POLIS', 'JOBCOACH'],
    });
    const text = JSON.stringify(match);
    for (const hidden of ['earningCapacity', 'loonwaarde', 'doelgroepregister', 'clientProfile'])
      expect(text).not.toContain(hidden);
  });

  it.each<[VacancyKind, boolean | null]>([
    ['GARANTIEBAAN', true],
    ['REGULAR', null],
    ['SHELTERED', null],
  ])('tells an employer "in the doelgroepregister" for a %s: %p', (kind, expected) => {
    const [match] = toVacancyMatchResults({
      audience: 'EMPLOYER',
      vacancy: vacancy(kind),
      label,
      matches: [{ suggestion, candidateNumber: 4711, prospects: null }],
    });
    expect((match as AnonymousCandidateMatchModel).inDoelgroepregister).toBe(expected);
  });
});

describe(toPairExplanationModel.name, () => {
  const candidate = { id: 'seeker-uuid-1', candidateNumber: 4711, regionCode: 'AM12', name: null };

  it('is suggestible when nothing keeps the pair apart', () => {
    const model = toPairExplanationModel({
      label,
      vacancy: vacancy(),
      candidate,
      statusExclusions: [],
      exclusions: [],
      explanation,
    });
    expect(model).toMatchObject({
      suggestible: true,
      exclusions: [],
      explanation: { score: 71.25 },
    });
  });

  it('lists status reasons first, then the hard filters, each with a Dutch label and message', () => {
    const model = toPairExplanationModel({
      label,
      vacancy: vacancy(),
      candidate,
      statusExclusions: ['JOB_SEEKER_PLACED'],
      exclusions: [
        {
          code: 'REQUIRED_COMPETENCE_MISSING',
          competenceCode: 'WA_PUNCTUALITY',
          level: 0,
          minLevel: 3,
          lowestAccepted: 2,
        },
      ],
      explanation: null,
    });
    expect(model.suggestible).toBe(false);
    expect(model.explanation).toBeNull();
    expect(model.exclusions).toEqual([
      {
        code: 'JOB_SEEKER_PLACED',
        label: 'Al aan het werk',
        message: expect.stringContaining('lopende plaatsing'),
        competenceCode: null,
      },
      {
        code: 'REQUIRED_COMPETENCE_MISSING',
        label: 'Vereiste competentie ontbreekt',
        message: 'De vereiste competentie Op tijd komen ontbreekt (gevraagd niveau 3).',
        competenceCode: 'WA_PUNCTUALITY',
      },
    ]);
  });
});
