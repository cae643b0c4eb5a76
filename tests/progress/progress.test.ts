import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { facts, progress, READS, smallChange, verdict, weeklyReview, nonScale, type ProgressContext } from '../../lib/progress';
import { cleanWeighIns, lineOver } from '../../lib/progress/weighins';
import { READ_EXAMPLES, scenarioContext, scenarioWeight, type Scenario } from '../../lib/progress/examples';
import { FIT, weightTrend, type LogEntry } from '../../lib/log';
import { addDays, daysBetween } from '../../lib/streak';
import { plain } from '../claim-numbers/plain';
import { uiFor } from '../i18n/catalog';

const en = uiFor('en');

const read = (ctx: ProgressContext) => verdict(facts(ctx), 'metric', en).id;

describe('each read: its own examples', () => {
  test('every read has an id, a message and positive and negative examples', () => {
    expect(new Set(READS.map((r) => r.id)).size).toBe(READS.length);
    for (const r of READS) {
      expect(READ_EXAMPLES[r.id].positive.length).toBeGreaterThan(0);
      expect(READ_EXAMPLES[r.id].negative.length).toBeGreaterThan(0);
    }
  });
  for (const r of READS) {
    for (const s of READ_EXAMPLES[r.id].positive) {
      test(`${r.id} reads "${s.name}"`, () => {
        const v = verdict(facts(scenarioContext(s)), 'metric', en);
        expect(v.id).toBe(r.id);
        expect(v.message.length).toBeGreaterThan(20);
        expect(v.restsOn).toMatch(/^Rests on \d+ weigh-ins? /);
      });
    }
    for (const s of READ_EXAMPLES[r.id].negative) {
      test(`${r.id} does not read "${s.name}"`, () => expect(read(scenarioContext(s))).not.toBe(r.id));
    }
  }
});

const all: Scenario[] = Object.values(READ_EXAMPLES).flatMap((e) => [...e.positive, ...e.negative]);
const withWeight = (ctx: ProgressContext, date: string, kg: number): ProgressContext => ({
  ...ctx,
  entries: [...ctx.entries, { id: 'zzzzzz', date, kind: 'weight', value: kg, updated: 0 }],
});

describe('properties of the reads', () => {
  test('one far-off reading (a typo, a slip, any value 30-350 kg) never changes the verdict', () => {
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.nat(), fc.integer({ min: 300, max: 3500 }), (s, at, tenths) => {
        const ctx = scenarioContext(s);
        const date = addDays(ctx.planStart, at % (s.days + 1));
        const expected = scenarioWeight(s, daysBetween(ctx.planStart, date), ctx.input.weightKg);
        fc.pre(Math.abs(tenths / 10 - expected) > 2.5);
        expect(read(withWeight(ctx, date, tenths / 10))).toBe(read(ctx));
      }),
    );
  });

  test('one ordinary heavy or light day (within 1.5 kg) never changes the verdict', () => {
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.nat(), fc.integer({ min: -15, max: 15 }), (s, at, off) => {
        const ctx = scenarioContext(s);
        const date = addDays(ctx.planStart, at % (s.days + 1));
        const kg = scenarioWeight(s, daysBetween(ctx.planStart, date), ctx.input.weightKg) + off / 10;
        expect(read(withWeight(ctx, date, kg))).toBe(read(ctx));
      }),
    );
  });

  const keptOnly = (ctx: ProgressContext, keep: (day: number) => boolean): ProgressContext => ({
    ...ctx,
    entries: ctx.entries.filter((e) => e.kind !== 'weight' || keep(daysBetween(ctx.planStart, e.date))),
  });
  const named = (name: string) => all.find((s) => s.name === name)!;

  test('missing days only ever take a verdict away, never turn it into another', () => {
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }), (s, keep) => {
        const ctx = scenarioContext(s);
        expect([read(ctx), 'not-enough-data']).toContain(read(keptOnly(ctx, (day) => keep[day]!)));
      }),
    );
  });

  // Counterexamples fast-check found (seeds 53 and 4 on fast-check 4.10): the band was anchored on the
  // median of the first week's weigh-ins, so leaving some out moved it (by 0.1 kg here, 0.4 kg when the
  // first week fell back to the planner's weight) and a read near its edge flipped.
  test.each([
    ['three weeks, weighed four times a week', [0, 2, 9, 16]],
    ['just under 1 % a week', [0, 2, 4, 6, 7, 9, 11, 13, 14, 16, 18, 20, 21, 23, 34, 37]],
  ])('"%s" with the weigh-ins of days %j left out keeps its read or has none', (name, missing) => {
    const ctx = scenarioContext(named(name));
    expect([read(ctx), 'not-enough-data']).toContain(read(keptOnly(ctx, (day) => !missing.includes(day))));
  });

  test('too-fast and plateau never appear in the first weeks, and no read ever looks at the future', () => {
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.integer({ min: 1, max: 30 }), (s, ahead) => {
        const ctx = scenarioContext(s);
        const future = withWeight(ctx, addDays(ctx.today, ahead), 40);
        expect(read(future)).toBe(read(ctx));
        const early = facts(scenarioContext({ ...s, days: Math.min(s.days, 20) }));
        expect(['too-fast', 'plateau']).not.toContain(verdict(early, 'metric', en).id);
      }),
    );
  });
});

describe('the plateau card', () => {
  const flat: Scenario = READ_EXAMPLES.plateau.positive[0]!;
  test('suggests sleep first when nights are short, then walking, then a little less food', () => {
    expect(smallChange(facts(scenarioContext({ ...flat, sleep: 6 })), en).id).toBe('sleep');
    expect(smallChange(facts(scenarioContext({ ...flat, sleep: 7.5, walkDays: 2 })), en).id).toBe('walk');
    const eat = smallChange(facts(scenarioContext({ ...flat, sleep: 7.5 })), en);
    expect(eat.id).toBe('eat');
    expect(plain(eat.text)).toMatch(/1,400-1,450 kcal instead of 1,550/);
    expect(verdict(facts(scenarioContext(flat)), 'metric', en).change).toBeDefined();
  });

  test('never below the plan floor: at the floor it suggests walking, not eating less', () => {
    const ctx = scenarioContext(flat);
    const atFloor = { ...ctx, energy: { ...ctx.energy, target: 1250, floor: 1200 } };
    expect(smallChange(facts(atFloor), en).id).toBe('walk');
    const near = smallChange(facts({ ...ctx, energy: { ...ctx.energy, target: 1320, floor: 1200 } }), en);
    expect(plain(near.text)).toMatch(/1,200-1,220 kcal/);
    expect(verdict(facts(atFloor), 'metric', en).message).not.toMatch(/cut/i);
  });
});

describe('weekly review', () => {
  test('last week against the targets, sleep, trend change, streak and one next step', () => {
    const ctx = scenarioContext({ name: 'ten weeks', days: 72, phases: [{ weeks: 52, kgPerWeek: 0.35 }], sleep: 6.5, walkDays: 3, strength: 2 });
    const r = weeklyReview(ctx.entries, ctx.targets, ctx.today, 4, en);
    expect(r.end).toBe(addDays(r.start, 6));
    expect(r.end < ctx.today).toBe(true);
    expect(r.strength).toEqual({ done: 2, target: 3 });
    expect(r.walking).toEqual({ days: 3, target: 5 });
    expect(r.sleepAvg).toBe(6.5);
    expect(r.trendChange!).toBeCloseTo(-0.35, 1);
    expect(r.streak).toBe(4);
    expect(r.nextStep).toMatch(/one more strength session/);
    const full = scenarioContext({ name: 'full', days: 72, phases: [{ weeks: 52, kgPerWeek: 0.35 }], sleep: 7.5 });
    expect(weeklyReview(full.entries, full.targets, full.today, 4, en).nextStep).toMatch(/repeat it/);
    const empty = weeklyReview([], ctx.targets, ctx.today, 0, en);
    expect(empty).toMatchObject({ sleepAvg: null, trendChange: null, strength: { done: 0 } });
  });
});

describe('non-scale progress', () => {
  const e = (id: string, date: string, kind: LogEntry['kind'], value: number): LogEntry => ({ id, date, kind, value, updated: 0 });
  test('waist change since the plan started and the latest clothes fit', () => {
    const entries = [
      e('aaaaaa', '2026-08-01', 'waist', 95),
      e('bbbbbb', '2026-09-15', 'waist', 90),
      e('cccccc', '2026-11-20', 'waist', 87.5),
      e('dddddd', '2026-10-01', 'fit', FIT.looser),
      e('eeeeee', '2026-11-01', 'fit', FIT.same),
    ];
    const n = nonScale(entries, '2026-09-14', '2026-11-25');
    expect(n.waist).toMatchObject({ first: 90, latest: 87.5, change: -2.5, since: '2026-09-15' });
    expect(n.fit).toEqual({ latest: 'same', date: '2026-11-01', looser: 1 });
    expect(nonScale([], '2026-09-14', '2026-11-25')).toEqual({ waist: null, fit: null });
  });
});

test('progress: week number, chart series over the band, and a text verdict', () => {
  const ctx = scenarioContext(READ_EXAMPLES['on-track'].positive[0]!);
  const p = progress(ctx, 3, 'metric', en);
  expect(p.week).toBe(7);
  expect(p.verdict.message).toMatch(/^Week 7: on track/);
  expect(p.verdict.message).toMatch(/most people stop/);
  expect(p.chart.trend.length).toBe(p.chart.weighIns.length);
  expect(p.chart.bandHigh.at(-1)!.x).toBe(45 + 14);
  for (let i = 0; i < p.chart.bandHigh.length; i++) expect(p.chart.bandHigh[i]!.y).toBeGreaterThanOrEqual(p.chart.bandLow[i]!.y);
});

test.each(['on-track', 'too-fast'] as const)('the Progress chart\'s trend (%s) ends on the 14-day line the read rests on, not above the falling weigh-ins', (id) => {
  // The plain moving average trailed a falling series by about 9.6 days, so the Trend sat above both.
  const ctx = scenarioContext(READ_EXAMPLES[id].positive[0]!);
  const { trend } = progress(ctx, 3, 'metric', en).chart;
  const line = lineOver(cleanWeighIns(ctx.entries, ctx.today).kept, ctx.today, 14)!;
  expect(line.kgPerWeek).toBeLessThan(-0.3);
  expect(Math.abs(trend.at(-1)!.y - line.level)).toBeLessThan(0.15);
});

test('the Trend is carried between weigh-ins along the slope the read states: one estimator, the same 14 days', () => {
  // It was carried along a repeated median while the read's line was Theil-Sen, so on ordinary noisy weigh-ins
  // the chart could tilt at another pace than the "losing about … a week" beside it.
  const series = fc.uniqueArray(fc.record({ day: fc.integer({ min: 0, max: 41 }), kg: fc.integer({ min: 700, max: 730 }) }), { selector: (w) => w.day, minLength: 2, maxLength: 30 });
  fc.assert(
    fc.property(series, (drawn) => {
      const weighIns = drawn.map((w) => ({ date: addDays('2026-10-01', w.day), kg: w.kg / 10 })).sort((a, b) => (a.date < b.date ? -1 : 1));
      const trend = weightTrend(weighIns.map((w, i): LogEntry => ({ id: `w${String(i).padStart(5, '0')}`, date: w.date, kind: 'weight', value: w.kg, updated: 0 })));
      for (let i = 1; i < trend.length; i++) {
        const days = daysBetween(trend[i - 1]!.date, trend[i]!.date);
        const keep = 0.5 ** (days / 7);
        const carried = (trend[i]!.trend - (1 - keep) * trend[i]!.raw) / keep - trend[i - 1]!.trend;
        const line = lineOver(weighIns.slice(0, i + 1), trend[i]!.date, 14, 0);
        expect(carried).toBeCloseTo(((line?.kgPerWeek ?? 0) / 7) * days, 9);
      }
    }),
  );
});

test('a full week under a read that asks for a change does not say "nothing needs changing"', () => {
  // The plateau card said "one small change: eat 100-150 kcal a day less" above a review saying "Nothing needs changing".
  for (const [id, s] of [['plateau', { ...READ_EXAMPLES.plateau.positive[0]!, sleep: 7.5 }], ['too-fast', { ...READ_EXAMPLES['too-fast'].positive[0]!, sleep: 7.5 }]] as const) {
    const p = progress(scenarioContext(s), 3, 'metric', en);
    expect([p.verdict.id, p.review?.nextStep]).toEqual([id, 'A full week: keep it up, and make the one change the read above asks for.']);
  }
  const onTrack = progress(scenarioContext({ ...READ_EXAMPLES['on-track'].positive[0]!, sleep: 7.5 }), 3, 'metric', en);
  expect([onTrack.verdict.id, onTrack.review?.nextStep]).toEqual(['on-track', 'A full week: repeat it. Nothing needs changing.']);
});

describe('reads in the user\'s unit and language', () => {
  const fast = () => facts(scenarioContext(READ_EXAMPLES['too-fast'].positive[0]!));
  // The message used to say kg whatever the unit switch said.
  test('the too-fast pace is in lb for imperial users and kg for metric ones', () => {
    const lb = verdict(fast(), 'imperial', en).message;
    expect(lb).toMatch(/you are losing about \d+\.\d\slb a week/);
    expect(lb).not.toMatch(/kg/);
    expect(verdict(fast(), 'metric', en).message).toMatch(/you are losing about \d+\.\d\skg a week/);
  });

  test('in Spanish: decimal comma, the unit, plurals in what it rests on', () => {
    const es = uiFor('es-ES');
    const v = verdict(fast(), 'imperial', es);
    expect(v.title).toBe('Más rápido de lo que debería');
    expect(v.message).toMatch(/^Semana 6: llevas dos semanas perdiendo alrededor de \d+,\d\slb por semana, más del 1\u00a0% de tu peso\./);
    expect(verdict(fast(), 'metric', es).message).toMatch(/alrededor de \d+,\d\skg por semana/);
    expect(v.restsOn).toMatch(/^Se basa en \d+ pesajes de los últimos 14 días, comparados con el plan que empezó hace \d+ días\.$/);
    const flat = { ...READ_EXAMPLES.plateau.positive[0]!, sleep: 7.5 };
    expect(plain(smallChange(facts(scenarioContext(flat)), es).text)).toMatch(/^Come 100-150 kcal menos al día: unas 1400-1450 kcal en lugar de 1550\./);
    expect(plain(smallChange(facts(scenarioContext({ ...flat, sleep: 6 })), es).text)).toMatch(/^Primero, el sueño: tus noches han sido de 6,0 h de media\./);
  });

  test('the weekly review\'s next step counts in words: one session, then a number', () => {
    const ctx = scenarioContext({ name: 'ten weeks', days: 72, phases: [{ weeks: 52, kgPerWeek: 0.35 }], sleep: 6.5, walkDays: 3, strength: 2 });
    const es = uiFor('es');
    expect(weeklyReview(ctx.entries, ctx.targets, ctx.today, 4, es).nextStep).toBe(
      'Anota en tu calendario una sesión de fuerza más para esta semana, a una hora que puedas cumplir.',
    );
    const two = { ...ctx.targets, strengthSessions: 4 };
    expect(weeklyReview(ctx.entries, two, ctx.today, 4, es).nextStep).toBe('Anota en tu calendario 2 sesiones de fuerza más para esta semana, a horas que puedas cumplir.');
    expect(weeklyReview(ctx.entries, two, ctx.today, 4, en).nextStep).toBe('Put 2 more strength sessions in your calendar this week, at a time you can keep.');
  });
});
