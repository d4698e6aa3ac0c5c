import {
  aftercareDueDate,
  ARRANGEMENT_INSTRUMENTS,
  validatePlacementTerms,
} from '@werkbrug/domain-rules';
import { REFERENCE_DATE } from './calendar.js';
import { generateDemoDataset, type DemoDataset } from './dataset.js';

describe('demo placement terms and aftercare', () => {
  let dataset: DemoDataset;
  beforeAll(() => {
    dataset = generateDemoDataset({ jobSeekersPerRegion: 400 });
  });

  it('gives the same check-ins, ids included, on every run', () => {
    expect(generateDemoDataset({ jobSeekersPerRegion: 400 }).aftercareCheckIns).toEqual(
      dataset.aftercareCheckIns,
    );
  });

  it('gives every placement terms that pass the placement rules', () => {
    for (const placement of dataset.placements) {
      const violations = validatePlacementTerms({
        arrangement: placement.arrangement!,
        startDate: placement.startDate,
        extended: false,
        contractType: placement.contractType,
        endDate: placement.endDate,
        instruments: placement.instruments,
        hourlyWage: placement.hourlyWage!,
        loonwaardePercentage: placement.loonwaardePercentage!,
        jobcoachHours: placement.jobcoachHours!,
        jobcoachHoursUnit: placement.jobcoachHoursUnit!,
      });
      expect({ id: placement.id, violations }).toEqual({ id: placement.id, violations: [] });
      expect(placement.endReason === null).toBe(placement.endDate === null);
    }
  });

  it('gives a placement PROEFPLAATSING or BEHOUD_VAN_UITKERING exactly when its arrangement is that', () => {
    for (const placement of dataset.placements) {
      const derived = Object.values(ARRANGEMENT_INSTRUMENTS).filter((instrument) =>
        placement.instruments.includes(instrument!),
      );
      const own = ARRANGEMENT_INSTRUMENTS[placement.arrangement!];
      expect({ id: placement.id, derived }).toEqual({
        id: placement.id,
        derived: own ? [own] : [],
      });
    }
  });

  it('schedules five moments per placement, cancelled after the end and done only on or before the reference date', () => {
    const byPlacement = new Map(dataset.placements.map((placement) => [placement.id, placement]));
    expect(dataset.aftercareCheckIns).toHaveLength(dataset.placements.length * 5);
    for (const checkIn of dataset.aftercareCheckIns) {
      const placement = byPlacement.get(checkIn.placementId)!;
      expect(checkIn.dueDate).toBe(aftercareDueDate(placement.startDate, checkIn.kind));
      if (placement.endDate !== null && checkIn.dueDate > placement.endDate)
        expect(checkIn.status).toBe('CANCELLED');
      if (checkIn.status === 'DONE') {
        expect(
          checkIn.completedOn! <= REFERENCE_DATE && checkIn.completedOn! >= placement.startDate,
        ).toBe(true);
        expect(checkIn.outcome).not.toBeNull();
        expect(checkIn.channel).not.toBeNull();
      } else {
        expect([checkIn.completedOn, checkIn.outcome, checkIn.channel]).toEqual([null, null, null]);
      }
    }
  });

  it('leaves a realistic mix: mostly done, some overdue, some at risk, some not yet due', () => {
    const count = (test: (checkIn: DemoDataset['aftercareCheckIns'][number]) => boolean) =>
      dataset.aftercareCheckIns.filter(test).length;
    const total = dataset.aftercareCheckIns.length;
    expect(count((c) => c.status === 'DONE') / total).toBeGreaterThan(0.5);
    expect(count((c) => c.status === 'OPEN' && c.dueDate < REFERENCE_DATE)).toBeGreaterThan(0);
    expect(count((c) => c.status === 'OPEN' && c.dueDate >= REFERENCE_DATE)).toBeGreaterThan(0);
    expect(count((c) => c.outcome === 'AT_RISK')).toBeGreaterThan(0);
  });
});
