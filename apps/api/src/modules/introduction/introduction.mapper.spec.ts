import {
  INTRODUCTION_STATUSES,
  type IntroductionStatus,
  type VacancyKind,
} from '@werkbrug/domain-rules';
import type { IntroductionEntity } from './introduction.entity.js';
import { toEmployerIntroductionModel, toIntroductionModel } from './introduction.mapper.js';
import type { JobSeekerFacts, PersonContact } from './pipeline-job-seekers.js';

const jobSeeker: JobSeekerFacts = {
  id: 'seeker-1',
  candidateNumber: 4711,
  regionCode: 'AM12',
  archived: false,
  consentStatus: 'GRANTED',
  inDoelgroepregister: true,
  hasIndicatieBeschutWerk: false,
};
const contact: PersonContact = {
  firstName: 'Fatima',
  lastName: 'El Amrani',
  email: 'f@example.org',
  phone: '0612345678',
};

function introduction(
  status: IntroductionStatus,
  kind: VacancyKind = 'REGULAR',
): IntroductionEntity {
  return {
    id: 'introduction-1',
    status,
    matchScore: 80,
    vacancy: {
      id: 'vacancy-1',
      title: 'Medewerker groen',
      kind,
      employerId: 'employer-1',
      employer: { id: 'employer-1', name: 'Groenbedrijf' },
    },
    createdBy: { displayName: 'A. Accountmanager' },
    history: [
      {
        fromStatus: 'PROPOSED',
        toStatus: status,
        changedBy: { displayName: 'C. Consulent' },
        note: 'Interne notitie',
        changedAt: new Date('2026-01-02'),
      },
      {
        fromStatus: null,
        toStatus: 'PROPOSED',
        changedBy: { displayName: 'A. Accountmanager' },
        note: 'Waarom deze inwoner',
        changedAt: new Date('2026-01-01'),
      },
    ],
    createdAt: new Date('2026-01-01'),
    updatedAt: new Date('2026-01-02'),
  } as unknown as IntroductionEntity;
}

describe(toEmployerIntroductionModel.name, () => {
  it.each(
    INTRODUCTION_STATUSES.map(
      (status) =>
        [
          status,
          ['INTRODUCED', 'INTERVIEW', 'TRIAL_PLACEMENT', 'PLACED'].includes(status),
        ] as const,
    ),
  )('at %s hands out name and contact: %p', (status, revealed) => {
    const model = toEmployerIntroductionModel({
      introduction: introduction(status),
      jobSeeker,
      contact,
    });
    expect(model.candidate).toEqual(revealed ? contact : null);
    expect(model.candidateLabel).toBe('Kandidaat 4711');
  });

  it('leaves notes, staff names and the job-seeker id out', () => {
    const model = toEmployerIntroductionModel({
      introduction: introduction('INTERVIEW'),
      jobSeeker,
      contact,
    });
    const text = JSON.stringify(model);
    for (const hidden of [
      'Interne notitie',
      'Waarom deze inwoner',
      'C. Consulent',
      'A. Accountmanager',
      'seeker-1',
    ]) {
      expect(text).not.toContain(hidden);
    }
  });

  it.each<[VacancyKind, boolean | null]>([
    ['GARANTIEBAAN', true],
    ['REGULAR', null],
    ['SHELTERED', null],
  ])('for a %s says "in the doelgroepregister": %p', (kind, expected) => {
    expect(
      toEmployerIntroductionModel({
        introduction: introduction('PROPOSED', kind),
        jobSeeker,
        contact: null,
      }).inDoelgroepregister,
    ).toBe(expected);
  });

  it('offers the employer only its own next steps', () => {
    expect(
      toEmployerIntroductionModel({ introduction: introduction('INTRODUCED'), jobSeeker, contact })
        .nextStatuses,
    ).toEqual(['INTERVIEW', 'REJECTED']);
  });
});

describe(toIntroductionModel.name, () => {
  it('gives staff the history oldest first, with notes and who made each step', () => {
    const model = toIntroductionModel(
      {
        introduction: introduction('CONSENT_REQUESTED'),
        jobSeeker,
        name: { firstName: 'Fatima', lastName: 'El Amrani' },
      },
      'CONSULTANT',
    );
    expect(
      model.history.map((change) => [change.toStatus, change.note, change.changedBy?.displayName]),
    ).toEqual([
      ['PROPOSED', 'Waarom deze inwoner', 'A. Accountmanager'],
      ['CONSENT_REQUESTED', 'Interne notitie', 'C. Consulent'],
    ]);
    expect(model.jobSeeker).toEqual({
      id: 'seeker-1',
      candidateNumber: 4711,
      candidateLabel: 'Kandidaat 4711',
      firstName: 'Fatima',
      lastName: 'El Amrani',
    });
    expect(model.nextStatuses).toEqual(['CONSENTED', 'DECLINED', 'WITHDRAWN']);
  });

  it.each([
    ['before the expiry day', '2026-06-30', false],
    ['on the expiry day', '2026-07-01', true],
  ])('gives the consent to this introduction, expired %s: %p', (_when, today, expired) => {
    const consented = Object.assign(introduction('CONSENTED'), {
      consentGivenOn: '2026-01-05',
      consentMethod: 'PHONE',
      consentExpiresOn: '2026-07-01',
    });
    const model = toIntroductionModel(
      { introduction: consented, jobSeeker, name: null },
      'ACCOUNT_MANAGER',
      today,
    );
    expect(model.consent).toEqual({
      givenOn: '2026-01-05',
      method: 'PHONE',
      expiresOn: '2026-07-01',
      expired,
    });
  });

  it('gives no consent before it was recorded, and the end reason on the introduction and its step', () => {
    const ended = Object.assign(introduction('WITHDRAWN'), {
      endReason: 'VACANCY_FILLED',
      consentGivenOn: null,
      consentMethod: null,
    });
    ended.history[0]!.endReason = 'VACANCY_FILLED';
    const model = toIntroductionModel(
      { introduction: ended, jobSeeker, name: null },
      'ACCOUNT_MANAGER',
    );
    expect(model.consent).toBeNull();
    expect(model.endReason).toBe('VACANCY_FILLED');
    expect(model.history.map((change) => change.endReason ?? null)).toEqual([
      null,
      'VACANCY_FILLED',
    ]);
  });

  it('leaves the name empty where the job-seeker register gave none', () => {
    const model = toIntroductionModel(
      { introduction: introduction('PROPOSED'), jobSeeker, name: null },
      'ACCOUNT_MANAGER',
    );
    expect(model.jobSeeker).toMatchObject({ firstName: null, lastName: null });
  });
});
