import { EMPLOYER_STATUS_LABELS, introductionSteps } from './employerStatus.js';

describe('introductionSteps', () => {
  it('marks the request as the current step right after asking', () => {
    expect(introductionSteps('PROPOSED').map((s) => [s.label, s.state])).toEqual([
      ['Aangevraagd', 'current'],
      ['Werkzoekende gevraagd', 'todo'],
      ['Akkoord werkzoekende', 'todo'],
      ['Voorgesteld', 'todo'],
    ]);
  });

  it('shows the job-seeker being asked', () => {
    expect(introductionSteps('CONSENT_REQUESTED').map((s) => s.state)).toEqual([
      'done',
      'current',
      'todo',
      'todo',
    ]);
  });

  it('stops at the answer when the job-seeker declined', () => {
    expect(introductionSteps('DECLINED')[2]).toEqual({
      label: 'Afgewezen door werkzoekende',
      state: 'stopped',
    });
  });

  it('stops after the last step reached when withdrawn', () => {
    expect(introductionSteps('WITHDRAWN', 'CONSENT_REQUESTED').map((s) => s.state)).toEqual([
      'done',
      'done',
      'stopped',
      'todo',
    ]);
  });

  it.each(['INTRODUCED', 'INTERVIEW', 'PLACED'] as const)(
    'has every step done once %s',
    (status) => {
      expect(introductionSteps(status).every((s) => s.state === 'done')).toBe(true);
    },
  );

  it('uses the employer words for the statuses', () => {
    expect(EMPLOYER_STATUS_LABELS.INTRODUCED).toBe('Voorgesteld');
  });
});
