import {
  INTRODUCTION_STATUSES,
  ROLES,
  type IntroductionStatus,
  type Role,
} from '@werkbrug/domain-rules';
import {
  canTransition,
  invalidTransitionMessage,
  isTerminal,
  mayChangeStatus,
  nextStatusesFor,
  revealsIdentity,
} from './introduction-status.js';

const STAFF: Role[] = ['ACCOUNT_MANAGER', 'CONSULTANT'];
const CONSULTANT: Role[] = ['CONSULTANT'];
const STAFF_OR_EMPLOYER: Role[] = ['ACCOUNT_MANAGER', 'CONSULTANT', 'EMPLOYER_USER'];

/** The life cycle as the issue states it: from → to → who may make the step. */
const ALLOWED: Record<string, Role[]> = {
  'PROPOSED>CONSENT_REQUESTED': STAFF,
  'PROPOSED>WITHDRAWN': STAFF,
  'CONSENT_REQUESTED>CONSENTED': CONSULTANT,
  'CONSENT_REQUESTED>DECLINED': CONSULTANT,
  'CONSENT_REQUESTED>WITHDRAWN': STAFF,
  'CONSENTED>INTRODUCED': STAFF,
  'CONSENTED>WITHDRAWN': STAFF,
  'INTRODUCED>INTERVIEW': STAFF_OR_EMPLOYER,
  'INTRODUCED>REJECTED': STAFF_OR_EMPLOYER,
  'INTRODUCED>WITHDRAWN': STAFF,
  'INTERVIEW>TRIAL_PLACEMENT': STAFF_OR_EMPLOYER,
  'INTERVIEW>PLACED': STAFF_OR_EMPLOYER,
  'INTERVIEW>REJECTED': STAFF_OR_EMPLOYER,
  'INTERVIEW>WITHDRAWN': STAFF,
  'TRIAL_PLACEMENT>PLACED': STAFF_OR_EMPLOYER,
  'TRIAL_PLACEMENT>REJECTED': STAFF_OR_EMPLOYER,
  'TRIAL_PLACEMENT>WITHDRAWN': STAFF,
};

const ALL_PAIRS = INTRODUCTION_STATUSES.flatMap((from) =>
  INTRODUCTION_STATUSES.map((to): [IntroductionStatus, IntroductionStatus, Role[]] => [
    from,
    to,
    ALLOWED[`${from}>${to}`] ?? [],
  ]),
);

describe('introduction status', () => {
  describe(canTransition.name, () => {
    it.each(ALL_PAIRS)('%s → %s: allowed when someone may make it (%p)', (from, to, roles) => {
      expect(canTransition(from, to)).toBe(roles.length > 0);
    });
  });

  describe(mayChangeStatus.name, () => {
    it.each(ALL_PAIRS)('%s → %s may be made by exactly %p', (from, to, roles) => {
      const allowed = ROLES.filter((role) => mayChangeStatus(role, from, to));
      expect(allowed.sort()).toEqual([...roles].sort());
    });

    it.each(INTRODUCTION_STATUSES)(
      'lets no board member or admin move an introduction out of %s',
      (from) => {
        for (const to of INTRODUCTION_STATUSES) {
          expect(mayChangeStatus('BOARD_MEMBER', from, to)).toBe(false);
          expect(mayChangeStatus('ADMIN', from, to)).toBe(false);
        }
      },
    );
  });

  describe(isTerminal.name, () => {
    it.each<[IntroductionStatus, boolean]>([
      ['PROPOSED', false],
      ['CONSENT_REQUESTED', false],
      ['CONSENTED', false],
      ['INTRODUCED', false],
      ['INTERVIEW', false],
      ['TRIAL_PLACEMENT', false],
      ['DECLINED', true],
      ['PLACED', true],
      ['REJECTED', true],
      ['WITHDRAWN', true],
    ])('%s is terminal: %p', (status, terminal) => {
      expect(isTerminal(status)).toBe(terminal);
    });
  });

  describe(nextStatusesFor.name, () => {
    it.each<[Role, IntroductionStatus, IntroductionStatus[]]>([
      ['ACCOUNT_MANAGER', 'CONSENT_REQUESTED', ['WITHDRAWN']],
      ['CONSULTANT', 'CONSENT_REQUESTED', ['CONSENTED', 'DECLINED', 'WITHDRAWN']],
      ['EMPLOYER_USER', 'CONSENTED', []],
      ['EMPLOYER_USER', 'INTERVIEW', ['TRIAL_PLACEMENT', 'PLACED', 'REJECTED']],
      ['ACCOUNT_MANAGER', 'PLACED', []],
    ])('offers a %s in %s the steps %p', (role, from, expected) => {
      expect(nextStatusesFor(role, from)).toEqual(expected);
    });
  });

  describe(revealsIdentity.name, () => {
    it.each<[IntroductionStatus, boolean]>([
      ['PROPOSED', false],
      ['CONSENT_REQUESTED', false],
      ['CONSENTED', false],
      ['DECLINED', false],
      ['INTRODUCED', true],
      ['INTERVIEW', true],
      ['TRIAL_PLACEMENT', true],
      ['PLACED', true],
      ['REJECTED', false],
      ['WITHDRAWN', false],
    ])('%s shows the employer who it is: %p', (status, revealed) => {
      expect(revealsIdentity(status)).toBe(revealed);
    });
  });

  describe(invalidTransitionMessage.name, () => {
    it('names both statuses in Dutch', () => {
      expect(invalidTransitionMessage('PROPOSED', 'PLACED')).toBe(
        'Een introductie met status "Voorgedragen" kan niet naar "Geplaatst".',
      );
    });

    it('says a finished introduction cannot change', () => {
      expect(invalidTransitionMessage('DECLINED', 'CONSENTED')).toBe(
        'Deze introductie is afgerond (Toestemming geweigerd) en kan niet meer veranderen.',
      );
    });
  });
});
