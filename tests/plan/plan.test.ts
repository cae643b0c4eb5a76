import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_INPUT, energyPlan, FLOOR, makePlan, projectWeight, validatePlanInput, type PlanInput } from '../../lib/plan';
import { realisticTimeline } from '../../lib/timeline';
import { uiFor } from '../i18n/catalog';

describe('projection (Hall dynamic model)', () => {
  test('matches the published reference: 90 kg man, 1.80 m, 40 y, PAL 1.5, -500 kcal/day', () => {
    const series = projectWeight({ sex: 'male', ageYears: 40, heightM: 1.8, weightKg: 90, pal: 1.5 }, -500, 364);
    expect(series).toHaveLength(365);
    const last = series[364]!;
    expect(Math.abs(last.weight - 76.26)).toBeLessThan(0.02);
    expect(Math.abs(last.fat - 14.59)).toBeLessThan(0.02);
    // The rest of the weight is water and glycogen: a few kilograms, never negative.
    expect(last.weight - last.fat - last.lean).toBeGreaterThan(10);
  });

  test('no change in intake keeps weight stable; a surplus gains', () => {
    const p = { sex: 'female' as const, ageYears: 30, heightM: 1.65, weightKg: 70, pal: 1.6 };
    expect(Math.abs(projectWeight(p, 0, 200)[200]!.weight - 70)).toBeLessThan(0.01);
    expect(projectWeight(p, 300, 100)[100]!.weight).toBeGreaterThan(70);
  });
});

describe('validation', () => {
  test('bad values get a message at the field, never NaN', () => {
    const r = validatePlanInput({ sex: 'x', age: 'abc', height: '12', weight: '', activity: 'couch', sessions: '9', goal: '1e9' }, 'metric');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['activity', 'age', 'goal', 'height', 'sessions', 'sex', 'weight']);
    const young = validatePlanInput({ ...raw(DEFAULT_INPUT), age: '15' }, 'metric');
    expect(!young.ok && young.errors.age?.(uiFor('en'))).toMatch(/adults/);
  });

  test('imperial input converts to metric', () => {
    const r = validatePlanInput({ sex: 'male', age: '40', height: '71', weight: '198,4', activity: 'moderate', sessions: '3' }, 'imperial');
    expect(r.ok && r.value).toMatchObject({ heightCm: 180.3, weightKg: 90 });
  });

  test('a goal above current weight is kept out of the plan (lib/plan/goal explains it)', () => {
    const r = validatePlanInput({ ...raw(DEFAULT_INPUT), goal: '90' }, 'metric');
    expect(r.ok && makePlan(r.value).goalWeek).toBeUndefined();
  });
});

function raw(p: PlanInput) {
  return { sex: p.sex, age: String(p.age), height: String(p.heightCm), weight: String(p.weightKg), activity: p.activity, sessions: String(p.sessions) };
}

describe('plan', () => {
  const validInput = fc.record({
    sex: fc.constantFrom('female' as const, 'male' as const),
    age: fc.integer({ min: 18, max: 90 }),
    heightCm: fc.integer({ min: 120, max: 230 }),
    weightKg: fc.integer({ min: 35, max: 300 }),
    activity: fc.constantFrom('sedentary' as const, 'light' as const, 'moderate' as const, 'active' as const),
    sessions: fc.integer({ min: 2, max: 5 }),
  });

  test('for every valid input: finite numbers, intake at or above the floor, pace within 1 %/week', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const e = energyPlan(input);
        for (const v of [e.bmr, e.maintenance, e.target, e.deficit, e.weeklyLossKg, e.protein.low, e.protein.high]) {
          expect(Number.isFinite(v)).toBe(true);
        }
        expect(e.target).toBeGreaterThanOrEqual(FLOOR[input.sex]);
        expect(e.weeklyLossShare).toBeLessThanOrEqual(0.0101);
        if (!e.floorApplied) expect(e.weeklyLossShare).toBeGreaterThanOrEqual(0.0045);
        expect(e.protein.low).toBeLessThan(e.protein.high);
      }),
      { numRuns: 300 },
    );
  });

  test('the floor binds for a small, sedentary woman and the plan says so', () => {
    const e = energyPlan({ sex: 'female', age: 60, heightCm: 150, weightKg: 50, activity: 'sedentary', sessions: 3 });
    expect(e.floorApplied).toBe(true);
    expect(e.target).toBe(1200);
  });

  test('a week of 3-4 whole-body or upper/lower sessions with back work 2-3 times', () => {
    for (const n of [2, 3, 4, 5]) {
      const plan = makePlan({ ...DEFAULT_INPUT, sessions: n });
      const s = plan.week.sessions;
      expect(s.length).toBe(Math.min(4, n));
      const back = s.filter((x) => x.back).length;
      expect(back).toBeGreaterThanOrEqual(2);
      expect(back).toBeLessThanOrEqual(3);
      expect(plan.targets.strengthSessions).toBe(s.length);
    }
  });

  test('projection goes down under a deficit, milestones sit inside it, a goal gets a week', () => {
    const plan = makePlan({ ...DEFAULT_INPUT, goalKg: 68 });
    const w = plan.projection.map((d) => d.weight);
    for (let i = 1; i < w.length; i++) expect(w[i]!).toBeLessThanOrEqual(w[i - 1]! + 1e-9);
    expect(realisticTimeline(uiFor('en')).map((m) => m.day)).toEqual([14, 42, 91, 182]);
    expect(Math.max(...realisticTimeline(uiFor('en')).map((m) => m.day))).toBeLessThan(plan.projection.length);
    expect(plan.goalWeek).toBeGreaterThan(4);
  });
});
