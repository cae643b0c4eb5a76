import { formatNumber } from '../i18n/format';
import type { I18n } from '../i18n/translate';
import { formatQuantity, type Units } from '../units';
import type { Facts } from './facts';

/**
 * The reads, first match wins. Each is a rule with an id and its message; its positive and negative
 * examples live in examples.ts (kept out of the popup bundle) and the tests are generated from them.
 */
export type ReadId = 'not-enough-data' | 'too-fast' | 'plateau' | 'on-track' | 'slower' | 'ahead';
export type Tone = 'none' | 'good' | 'calm' | 'adjust';

export interface Read {
  id: ReadId;
  title(i18n: I18n): string;
  tone: Tone;
  /** Days of weigh-ins the read rests on. */
  window: 14 | 21;
  applies(f: Facts): boolean;
  /** In the user's language, weights in their units. */
  message(f: Facts, units: Units, i18n: I18n): string;
}

/** Faster than this share of body weight a week, for two weeks, is too fast. */
export const TOO_FAST_SHARE = 0.01;
/** Losing less than this share a week over three weeks counts as flat. */
export const FLAT_SHARE = 0.001;

const lossPerWeek = (f: Facts, window: 14 | 21) => -(window === 14 ? f.line14 : f.line21)!.kgPerWeek;
/**
 * Within this of the band's edge a read is a close call: the band's start and the trend are fitted lines
 * that a few missing mornings move by up to about 0.4 kg, so a close call is only made on full weeks, and
 * fewer weigh-ins give no read rather than the other side of the edge.
 */
export const CLOSE_CALL_KG = 0.5;

/** Where the trend sits against the band today; the one place on-track, slower and ahead are told apart. */
function bandSide(f: Facts): 'above' | 'within' | 'below' | null {
  if (f.levelKg === null) return null;
  const today = f.band[Math.min(f.day, f.band.length - 1)]!;
  const edge = Math.min(Math.abs(f.levelKg - today.high), Math.abs(f.levelKg - today.low));
  if (edge < CLOSE_CALL_KG && !f.fullWeeks) return null;
  return f.levelKg > today.high ? 'above' : f.levelKg < today.low ? 'below' : 'within';
}

/** One line on what usually happens in this week of a plan (content brief: realistic timeline). */
export function weekNote(week: number, { t }: I18n): string {
  if (week <= 2) return t('progress.weekNote.water');
  if (week <= 5) return t('progress.weekNote.clothes');
  if (week <= 8) return t('progress.weekNote.quitting');
  if (week <= 13) return t('progress.weekNote.visible');
  return t('progress.weekNote.stubborn');
}

export interface SmallChange {
  id: 'sleep' | 'walk' | 'eat';
  text: string;
}

/** The one small change a plateau card suggests: sleep first, then walking, then a little less food, never below the floor. */
export function smallChange(f: Facts, { t, locale }: I18n): SmallChange {
  const { target, floor } = f.ctx.energy;
  if (f.sleepAvg14 !== null && f.sleepAvg14 < 7) {
    return { id: 'sleep', text: t('progress.change.sleep', { hours: formatNumber(locale, f.sleepAvg14, 1, 1) }) };
  }
  if (f.walkDaysLastWeek < f.ctx.targets.walkingDays || target - 100 < floor) {
    return { id: 'walk', text: t('progress.change.walk') };
  }
  const kcal = (n: number) => formatNumber(locale, n, 0);
  return { id: 'eat', text: t('progress.change.eat', { low: kcal(Math.max(floor, target - 150)), high: kcal(target - 100), target: kcal(target) }) };
}

const week = (f: Facts) => ({ week: f.week });

export const READS: readonly Read[] = [
  {
    id: 'not-enough-data',
    title: ({ t }) => t('progress.read.notEnoughData.title'),
    tone: 'none',
    window: 14,
    applies: (f) => f.day < 14 || f.line14 === null || f.levelKg === null,
    message: (f, _units, { t }) =>
      f.day < 14
        ? t('progress.read.notEnoughData.early', week(f))
        : f.line14 === null || f.levelKg === null
          ? t('progress.read.notEnoughData.sparse')
          : t('progress.read.notEnoughData.close', week(f)),
  },
  {
    id: 'too-fast',
    title: ({ t }) => t('progress.read.tooFast.title'),
    tone: 'adjust',
    window: 14,
    // The first week's drop is water and stored carbohydrate, so the two weeks start after it.
    applies: (f) => f.day >= 21 && lossPerWeek(f, 14) > TOO_FAST_SHARE * f.bodyKg,
    message: (f, units, { t, locale }) =>
      t('progress.read.tooFast.message', { ...week(f), pace: formatQuantity('weight', lossPerWeek(f, 14), units, 1, locale) }),
  },
  {
    id: 'plateau',
    title: ({ t }) => t('progress.read.plateau.title'),
    tone: 'calm',
    window: 21,
    applies: (f) => f.day >= 28 && f.line21 !== null && lossPerWeek(f, 21) < FLAT_SHARE * f.bodyKg,
    message: (f, _units, { t }) => t('progress.read.plateau.message', week(f)),
  },
  {
    id: 'on-track',
    title: ({ t }) => t('progress.read.onTrack.title'),
    tone: 'good',
    window: 21,
    applies: (f) => bandSide(f) === 'within',
    message: (f, _units, i18n) => i18n.t('progress.read.onTrack.message', { ...week(f), note: weekNote(f.week, i18n) }),
  },
  {
    id: 'slower',
    title: ({ t }) => t('progress.read.slower.title'),
    tone: 'calm',
    window: 21,
    applies: (f) => bandSide(f) === 'above',
    message: (f, _units, { t }) =>
      [
        (f.line21 ?? f.line14)!.kgPerWeek < 0 ? t('progress.read.slower.falling', week(f)) : t('progress.read.slower.above', week(f)),
        t('progress.read.slower.check'),
        ...(f.day < 28 ? [t('progress.read.slower.early')] : []),
      ].join(' '),
  },
  {
    id: 'ahead',
    title: ({ t }) => t('progress.read.ahead.title'),
    tone: 'good',
    window: 21,
    applies: (f) => bandSide(f) === 'below',
    message: (f, _units, i18n) => i18n.t('progress.read.ahead.message', { ...week(f), note: weekNote(f.week, i18n) }),
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

function restsOn(f: Facts, read: Read, { t, locale }: I18n): string {
  const n = (x: number) => formatNumber(locale, x, 0);
  const aside = f.setAside ? t('progress.restsOn.aside', { n: n(f.setAside) }, f.setAside) : '';
  if (read.id === 'not-enough-data') return t('progress.restsOn.few', { n: n(f.recent), aside }, f.recent);
  const line = (read.window === 14 ? f.line14 : f.line21) ?? f.line14!;
  const days = read.window === 21 && f.line21 ? 21 : 14;
  return t('progress.restsOn.line', { n: n(line.count), days, aside, since: n(f.day) }, line.count);
}

export function verdict(f: Facts, units: Units, i18n: I18n): Verdict {
  const read = READS.find((r) => r.applies(f)) ?? READS[0]!;
  return {
    id: read.id,
    title: read.title(i18n),
    tone: read.tone,
    message: read.message(f, units, i18n),
    restsOn: restsOn(f, read, i18n),
    ...(read.id === 'plateau' ? { change: smallChange(f, i18n) } : {}),
  };
}
