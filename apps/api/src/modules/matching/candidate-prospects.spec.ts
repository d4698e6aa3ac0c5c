import {
  possibleInstruments,
  startPerspective,
  type ProspectFacts,
} from './candidate-prospects.js';

const BASE: ProspectFacts = {
  earningCapacityPercent: 100,
  loonwaardePercent: null,
  doelgroepregister: false,
  indicatieBeschutWerk: false,
  clientProfile: null,
  perspectiveGroup: null,
};

describe(startPerspective.name, () => {
  it.each([
    [{ clientProfile: 1, perspectiveGroup: null }, 'DIRECT'],
    [{ clientProfile: null, perspectiveGroup: 1 }, 'DIRECT'],
    [{ clientProfile: 2, perspectiveGroup: null }, 'WITHIN_MONTHS'],
    [{ clientProfile: null, perspectiveGroup: 2 }, 'WITHIN_MONTHS'],
    [{ clientProfile: 3, perspectiveGroup: 3 }, 'IN_CONSULTATION'],
    [{ clientProfile: null, perspectiveGroup: null }, 'IN_CONSULTATION'],
  ])('%o → %s', (facts, expected) => {
    expect(startPerspective(facts)).toBe(expected);
  });
});

describe(possibleInstruments.name, () => {
  it.each([
    ['someone who earns the minimum wage on their own', {}, []],
    ['earning capacity 85 %', { earningCapacityPercent: 85 }, ['LOONKOSTENSUBSIDIE']],
    ['a measured loonwaarde below 100 %', { loonwaardePercent: 90 }, ['LOONKOSTENSUBSIDIE']],
    [
      'earning capacity 60 % in the doelgroepregister',
      { earningCapacityPercent: 60, doelgroepregister: true },
      ['LOONKOSTENSUBSIDIE', 'NO_RISK_POLIS', 'JOBCOACH'],
    ],
    ['an indicatie beschut werk', { indicatieBeschutWerk: true }, ['NO_RISK_POLIS']],
    ['earning capacity exactly 80 %', { earningCapacityPercent: 80 }, ['LOONKOSTENSUBSIDIE']],
    ['earning capacity 79 %', { earningCapacityPercent: 79 }, ['LOONKOSTENSUBSIDIE', 'JOBCOACH']],
  ] as const)('%s', (_name, override, expected) => {
    expect(possibleInstruments({ ...BASE, ...override })).toEqual(expected);
  });
});
