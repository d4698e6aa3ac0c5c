import { ROLES, type Role } from '@werkbrug/domain-rules';
import type { Viewer } from '../../common/auth/viewer.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { toJobSeekerModel } from './job-seeker.mapper.js';
import type { JobSeekerRecord } from './job-seeker.repository.js';

const BSN = '111222333';
const OWNER_ID = '0d6a7f1e-0000-4000-8000-000000000001';
const TODAY = '2026-10-01';

const viewer = (role: Role, userId = '0d6a7f1e-0000-4000-8000-000000000099'): Viewer => ({
  userId,
  sessionId: 's',
  email: 'x@test.werkbrug.nl',
  displayName: 'Test',
  role,
  organisationId: null,
  organisationName: 'Test',
  employerId: role === 'EMPLOYER_USER' ? 'e' : null,
  regionCodes: ['AM12'],
});

/**
 * A record as the repository never builds it: with the full BSN on it as well, to prove the mapper
 * copies fields by name and cannot pass the BSN on.
 */
function record(overrides: Partial<JobSeekerRecord> = {}): JobSeekerRecord {
  return Object.assign(
    {
      id: '5b2f8a3c-1111-4222-8333-444455556666',
      candidateNumber: 4711,
      firstName: 'Anna',
      lastName: 'de Vries',
      bsn: BSN,
      bsnLastDigits: '33',
      birthDate: '2000-10-02',
      email: 'anna@example.org',
      phone: '06 1234 5678',
      postcode: '1211AB',
      pc4: '1211',
      municipalityCode: 'GM0402',
      municipality: { code: 'GM0402', name: 'Hilversum', regionCode: 'AM12', lat: 52.2, lon: 5.2 },
      consultantId: OWNER_ID,
      consultant: { id: OWNER_ID, displayName: 'C. Onsulent' },
      earningCapacityPercent: 50,
      loonwaardePercent: 55,
      clientProfile: 2,
      perspectiveGroup: null,
      participationStep: 4,
      doelgroepregister: true,
      indicatieBeschutWerk: false,
      wswOud: false,
      statushouder: false,
      hoursAvailable: 25.5,
      maxTravelMinutes: 60,
      maxTravelKm: 25,
      transportModes: ['BICYCLE'],
      hasDrivingLicence: false,
      sectorPreferences: ['GREEN'],
      workLimitations: 'Rugklachten: niet zwaar tillen.',
      consentStatus: 'GRANTED',
      consentUpdatedAt: new Date('2026-09-01T10:00:00Z'),
      availabilityConfirmedAt: '2026-09-15',
      competences: [
        {
          competenceCode: 'SOC_COLLABORATION',
          level: 3,
          assessedAt: null,
          competence: { code: 'SOC_COLLABORATION', label: 'Samenwerken', group: 'SOCIAL' },
        },
        {
          competenceCode: 'WA_PUNCTUALITY',
          level: 4,
          assessedAt: '2026-09-01',
          competence: { code: 'WA_PUNCTUALITY', label: 'Stiptheid', group: 'WORK_ATTITUDE' },
        },
      ],
      createdAt: new Date('2026-01-01T10:00:00Z'),
      updatedAt: new Date('2026-09-15T10:00:00Z'),
      archivedAt: null,
    },
    overrides,
  ) as unknown as JobSeekerRecord;
}

const READERS = ['ACCOUNT_MANAGER', 'CONSULTANT'] as const;
const NON_READERS = ROLES.filter((role) => !(READERS as readonly Role[]).includes(role));

describe(toJobSeekerModel.name, () => {
  describe('the BSN', () => {
    it.each(ROLES)('never appears in full in the output for %s', (role) => {
      const map = () => JSON.stringify(toJobSeekerModel(record(), viewer(role), TODAY));
      if ((READERS as readonly Role[]).includes(role)) expect(map()).not.toContain(BSN);
      else expect(map).toThrow(DomainError);
    });

    it("never appears in full for the file's own consultant either", () => {
      expect(
        JSON.stringify(toJobSeekerModel(record(), viewer('CONSULTANT', OWNER_ID), TODAY)),
      ).not.toContain(BSN);
    });

    it.each([
      ['CONSULTANT', '*******33'],
      ['ACCOUNT_MANAGER', null],
    ] as const)('is shown masked to %s as %s', (role, expected) => {
      expect(toJobSeekerModel(record(), viewer(role), TODAY).bsnMasked).toBe(expected);
    });

    it('is null when the file has no BSN', () => {
      expect(
        toJobSeekerModel(record({ bsnLastDigits: null }), viewer('CONSULTANT'), TODAY).bsnMasked,
      ).toBeNull();
    });
  });

  it.each(NON_READERS)('refuses %s with FORBIDDEN', (role) => {
    expect(() => toJobSeekerModel(record(), viewer(role), TODAY)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });

  describe('work limitations', () => {
    it.each([
      ['the owning consultant', viewer('CONSULTANT', OWNER_ID), 'Rugklachten: niet zwaar tillen.'],
      ['another consultant', viewer('CONSULTANT'), null],
      ['an account manager', viewer('ACCOUNT_MANAGER'), null],
      ["an account manager with the owner's id", viewer('ACCOUNT_MANAGER', OWNER_ID), null],
    ])('are shown to %s as %s', (_who, reader, expected) => {
      expect(toJobSeekerModel(record(), reader, TODAY).workLimitations).toBe(expected);
    });

    it('stay hidden from everyone when the file has no consultant', () => {
      const model = toJobSeekerModel(
        record({ consultantId: null, consultant: null }),
        viewer('CONSULTANT', OWNER_ID),
        TODAY,
      );
      expect(model.workLimitations).toBeNull();
    });
  });

  it.each([
    ['2000-10-02', true],
    ['1999-10-02', true],
    ['1999-10-01', false],
    ['1980-01-01', false],
    [null, null],
  ])('derives jongere (< 27 on 2026-10-01) from birth date %s as %s', (birthDate, expected) => {
    expect(toJobSeekerModel(record({ birthDate }), viewer('CONSULTANT'), TODAY).jongere).toBe(
      expected,
    );
  });

  it.each([
    [0, 'SOCIAL_PARTICIPATION'],
    [30, 'SHELTERED_WORK'],
    [50, 'SUPPORTED_REGULAR_WORK'],
    [79, 'SUPPORTED_REGULAR_WORK'],
    [100, 'INDEPENDENT'],
  ])('puts %s %% earning capacity in band %s', (earningCapacityPercent, band) => {
    expect(
      toJobSeekerModel(record({ earningCapacityPercent }), viewer('CONSULTANT'), TODAY)
        .earningCapacityBand,
    ).toBe(band);
  });

  it('formats the postcode and orders competences by group, then label', () => {
    const model = toJobSeekerModel(record(), viewer('ACCOUNT_MANAGER'), TODAY);
    expect(model.postcode).toBe('1211 AB');
    expect(model.regionCode).toBe('AM12');
    expect(model.competences.map((c) => c.competence.code)).toEqual([
      'WA_PUNCTUALITY',
      'SOC_COLLABORATION',
    ]);
  });

  it('copies no field the model does not declare', () => {
    const model = toJobSeekerModel(
      record(),
      viewer('CONSULTANT', OWNER_ID),
      TODAY,
    ) as unknown as Record<string, unknown>;
    expect(Object.keys(model)).not.toEqual(expect.arrayContaining(['bsn']));
    expect(Object.keys(model)).not.toContain('bsnLastDigits');
    expect(Object.keys(model)).not.toContain('consultantId');
  });
});
