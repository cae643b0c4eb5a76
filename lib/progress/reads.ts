import type { Facts } from './facts';

/**
 * The reads, first match wins. Each is a rule with an id and its message; its positive and negative
 * examples live in examples.ts (kept out of the popup bundle) and the tests are generated from them.
 */
export type ReadId = 'not-enough-data' | 'too-fast' | 'plateau' | 'on-track' | 'slower' | 'ahead';
export type Tone = 'none' | 'good' | 'calm' | 'adjust';

export interface Read {
  id: ReadId;
  title: string;
  tone: Tone;
  /** Days of weigh-ins the read rests on. */
  window: 14 | 21;
  applies(f: Facts): boolean;
  message(f: Facts): string;
}

/** Faster than this share of body weight a week, for two weeks, is too fast. */
export const TOO_FAST_SHARE = 0.01;
/** Losing less than this share a week over three weeks counts as flat. */
export const FLAT_SHARE = 0.001;

const kg = (n: number) => `${Math.abs(n).toFixed(1)} kg`;
const lossPerWeek = (f: Facts, window: 14 | 21) => -(window === 14 ? f.line14 : f.line21)!.kgPerWeek;
const bandToday = (f: Facts) => f.band[Math.min(f.day, f.band.length - 1)]!;

/** One line on what usually happens in this week of a plan (content brief: realistic timeline). */
export function weekNote(week: number): string {
  if (week <= 2) return 'Early drops are mostly water and stored carbohydrate; the trend settles from week three.';
  if (week <= 5) return 'Clothes often notice before the mirror does.';
  if (week <= 8) return 'This is where most people stop; the back is usually among the last places to change.';
  if (week <= 13) return 'Waist, face and arms tend to change more clearly about now, and the back still trails.';
  return 'Stubborn places such as the lower back often start to give between months three and six.';
}

export interface SmallChange {
  id: 'sleep' | 'walk' | 'eat';
  text: string;
}

/** The one small change a plateau card suggests: sleep first, then walking, then a little less food, never below the floor. */
export function smallChange(f: Facts): SmallChange {
  const { target, floor } = f.ctx.energy;
  if (f.sleepAvg14 !== null && f.sleepAvg14 < 7) {
    return { id: 'sleep', text: `Sleep first: your nights averaged ${f.sleepAvg14.toFixed(1)} h. Aim for 7 or more for two weeks before touching food.` };
  }
  if (f.walkDaysLastWeek < f.ctx.targets.walkingDays || target - 100 < floor) {
    return { id: 'walk', text: 'Add 10 minutes to your walk each day; leave food as it is.' };
  }
  const low = Math.max(floor, target - 150);
  return { id: 'eat', text: `Eat 100-150 kcal a day less: about ${low}-${target - 100} kcal instead of ${target}, one snack or a smaller portion, not a new diet.` };
}

export const READS: readonly Read[] = [
  {
    id: 'not-enough-data',
    title: 'No verdict yet',
    tone: 'none',
    window: 14,
    applies: (f) => f.day < 14 || f.line14 === null || f.levelKg === null,
    message: (f) =>
      f.day < 14
        ? `Week ${f.week}. Keep weighing in 3-4 mornings a week; the first read comes after two weeks.`
        : 'Too few weigh-ins lately for an honest read. Three or more in each of the next two weeks bring it back.',
  },
  {
    id: 'too-fast',
    title: 'Faster than it should be',
    tone: 'adjust',
    window: 14,
    // The first week's drop is water and stored carbohydrate, so the two weeks start after it.
    applies: (f) => f.day >= 21 && lossPerWeek(f, 14) > TOO_FAST_SHARE * f.bodyKg,
    message: (f) =>
      `Week ${f.week}: you are losing about ${kg(lossPerWeek(f, 14))} a week, more than 1 % of your weight, for two weeks. That pace costs muscle and energy. Eat a little more, about 150-200 kcal a day, and keep training.`,
  },
  {
    id: 'plateau',
    title: 'A plateau: normal, and one small change',
    tone: 'calm',
    window: 21,
    applies: (f) => f.day >= 28 && f.line21 !== null && lossPerWeek(f, 21) < FLAT_SHARE * f.bodyKg,
    message: (f) =>
      `Week ${f.week}: your trend has been flat for three weeks. That happens to nearly everyone and is not failure: the body adapts. Change one small thing, keep the rest, and give it three weeks.`,
  },
  {
    id: 'on-track',
    title: 'On track',
    tone: 'good',
    window: 21,
    applies: (f) => f.levelKg !== null && f.levelKg <= bandToday(f).high && f.levelKg >= bandToday(f).low,
    message: (f) => `Week ${f.week}: on track, within the range the plan expects for you. ${weekNote(f.week)}`,
  },
  {
    id: 'slower',
    title: 'Slower than the plan, still moving',
    tone: 'calm',
    window: 21,
    applies: (f) => f.levelKg !== null && f.levelKg > bandToday(f).high,
    message: (f) =>
      `Week ${f.week}: the trend is above the plan's range${(f.line21 ?? f.line14)!.kgPerWeek < 0 ? ', but still going down' : ''}. Check the log is complete before changing anything.${f.day < 28 ? ' A plateau read needs three flat weeks after the first month.' : ''}`,
  },
  {
    id: 'ahead',
    title: 'Ahead of the plan',
    tone: 'good',
    window: 21,
    applies: (f) => f.levelKg !== null && f.levelKg < bandToday(f).low,
    message: (f) => `Week ${f.week}: ahead of the plan's range, at a pace that is still sensible. No need to push harder. ${weekNote(f.week)}`,
  },
];

export interface Verdict {
  id: ReadId;
  title: string;
  tone: Tone;
  message: string;
  /** What data the read rests on, in words. */
  restsOn: string;
  change?: SmallChange;
}

function restsOn(f: Facts, read: Read): string {
  const aside = f.setAside ? `; ${f.setAside} far-off ${f.setAside === 1 ? 'reading' : 'readings'} set aside` : '';
  if (read.id === 'not-enough-data') {
    return `Rests on ${f.recent} ${f.recent === 1 ? 'weigh-in' : 'weigh-ins'} in the last 14 days${aside}; a read needs three or more in each of the last two weeks, from the plan's third week.`;
  }
  const line = (read.window === 14 ? f.line14 : f.line21) ?? f.line14!;
  const days = read.window === 21 && f.line21 ? 21 : 14;
  return `Rests on ${line.count} weigh-ins over the last ${days} days${aside}, against the plan that started ${f.day} days ago.`;
}

export function verdict(f: Facts): Verdict {
  const read = READS.find((r) => r.applies(f)) ?? READS[0]!;
  return {
    id: read.id,
    title: read.title,
    tone: read.tone,
    message: read.message(f),
    restsOn: restsOn(f, read),
    ...(read.id === 'plateau' ? { change: smallChange(f) } : {}),
  };
}
