import type { IntroductionStatus } from '../../gql/graphql.js';
import { stageLabel, stageOf, type PipelineStage } from './stages.js';

describe('pipeline stages', () => {
  it.each<[IntroductionStatus, PipelineStage, string]>([
    ['PROPOSED', 'SHORTLISTED', 'Shortlist'],
    ['CONSENT_REQUESTED', 'CONSENT_ASKED', 'Toestemming gevraagd'],
    ['CONSENTED', 'CONSENT_ASKED', 'Toestemming gegeven'],
    ['INTRODUCED', 'INTRODUCED', 'Voorgesteld'],
    ['INTERVIEW', 'INTERVIEW', 'Gesprek'],
    ['TRIAL_PLACEMENT', 'TRIAL_PLACEMENT', 'Proefplaatsing'],
    ['PLACED', 'PLACED', 'Geplaatst'],
    ['DECLINED', 'ENDED', 'Beëindigd: toestemming geweigerd'],
    ['REJECTED', 'ENDED', 'Beëindigd: afgewezen'],
    ['WITHDRAWN', 'ENDED', 'Beëindigd: ingetrokken'],
  ])('shows %s in the stage %s as "%s"', (status, stage, label) => {
    expect(stageOf(status)).toBe(stage);
    expect(stageLabel(status)).toBe(label);
  });
});
