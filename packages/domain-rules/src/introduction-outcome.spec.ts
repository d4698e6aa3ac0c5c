import { INTRODUCTION_STATUSES, type IntroductionStatus } from './enums.js';
import {
  checkEndReason,
  checkIntroductionConsent,
  endReasonsFor,
  INTRODUCTION_END_REASONS,
  isIntroductionEndStatus,
  type IntroductionEndReason,
} from './introduction-outcome.js';

/** Which reason fits which end status: the table the issue asks for. */
const FITS: Record<IntroductionEndReason, IntroductionStatus[]> = {
  DECLINED_BY_JOB_SEEKER: ['DECLINED', 'WITHDRAWN'],
  DECLINED_BY_EMPLOYER: ['REJECTED', 'WITHDRAWN'],
  NOT_SUITABLE: ['REJECTED', 'WITHDRAWN'],
  VACANCY_FILLED: ['REJECTED', 'WITHDRAWN'],
  OTHER: ['DECLINED', 'REJECTED', 'WITHDRAWN'],
};
const END_STATUSES: IntroductionStatus[] = ['DECLINED', 'REJECTED', 'WITHDRAWN'];

const REASON_PAIRS = INTRODUCTION_END_REASONS.flatMap((reason) =>
  END_STATUSES.map((status): [IntroductionStatus, IntroductionEndReason, boolean] => [
    status,
    reason,
    FITS[reason].includes(status),
  ]),
);

describe('introduction outcome', () => {
  describe(isIntroductionEndStatus.name, () => {
    it.each(
      INTRODUCTION_STATUSES.map((status) => [status, END_STATUSES.includes(status)] as const),
    )('%s ends an introduction without a placement: %p', (status, ends) => {
      expect(isIntroductionEndStatus(status)).toBe(ends);
    });
  });

  describe(checkEndReason.name, () => {
    it.each(REASON_PAIRS)('%s with %s fits: %p', (status, reason, fits) => {
      expect(checkEndReason(status, reason) === null).toBe(fits);
    });

    it.each(END_STATUSES)('asks for a reason when moving to %s', (status) => {
      expect(checkEndReason(status, null)).toBe('Kies waarom de introductie stopt.');
      expect(checkEndReason(status, undefined)).toBe('Kies waarom de introductie stopt.');
    });

    it.each(INTRODUCTION_STATUSES.filter((status) => !END_STATUSES.includes(status)))(
      'refuses a reason on a step to %s, and needs none',
      (status) => {
        expect(checkEndReason(status, 'OTHER')).toBe(
          'Een reden hoort alleen bij het beëindigen van een introductie.',
        );
        expect(checkEndReason(status, null)).toBeNull();
      },
    );

    it('names the reason that does not fit', () => {
      expect(checkEndReason('DECLINED', 'VACANCY_FILLED')).toBe(
        '"Vacature al vervuld" past niet bij deze stap.',
      );
    });
  });

  describe(endReasonsFor.name, () => {
    it.each<[IntroductionStatus, IntroductionEndReason[]]>([
      ['DECLINED', ['DECLINED_BY_JOB_SEEKER', 'OTHER']],
      ['REJECTED', ['DECLINED_BY_EMPLOYER', 'NOT_SUITABLE', 'VACANCY_FILLED', 'OTHER']],
      ['WITHDRAWN', [...INTRODUCTION_END_REASONS]],
      ['INTRODUCED', []],
      ['PLACED', []],
    ])('offers for %s the reasons %p', (status, reasons) => {
      expect(endReasonsFor(status)).toEqual(reasons);
    });
  });

  describe(checkIntroductionConsent.name, () => {
    const today = '2026-11-23';
    it.each([
      ['given today without expiry', { givenOn: today }, []],
      ['given earlier, expiring later', { givenOn: '2026-11-01', expiresOn: '2027-05-01' }, []],
      ['expiring tomorrow', { givenOn: '2026-11-01', expiresOn: '2026-11-24' }, []],
      ['given in the future', { givenOn: '2026-11-24' }, ['givenOn']],
      [
        'expiring on the day it was given',
        { givenOn: '2026-11-01', expiresOn: '2026-11-01' },
        ['expiresOn'],
      ],
      [
        'expiring before it was given',
        { givenOn: '2026-11-01', expiresOn: '2026-10-01' },
        ['expiresOn'],
      ],
      [
        'already expired (expiring today)',
        { givenOn: '2026-10-01', expiresOn: today },
        ['expiresOn'],
      ],
    ] as const)('a consent %s gives errors on %p', (_name, consent, fields) => {
      expect(
        checkIntroductionConsent({ method: 'PHONE', ...consent }, today).map(
          (error) => error.field,
        ),
      ).toEqual(fields);
    });
  });
});
