import { formatDate } from '../i18n/format';
import type { I18n, MessageKey } from '../i18n/translate';

/** A training week of 3-4 whole-body or upper/lower sessions with back work 2-3 times inside it. */
export interface Session {
  /** Day of the week, 1 = Monday ... 7 = Sunday. */
  day: number;
  name: MessageKey;
  moves: MessageKey[];
  /** True when this session includes back work (rows, pulldowns, hinges, face pulls). */
  back: boolean;
}

const FULL_A: Omit<Session, 'day'> = {
  name: 'plan.week.fullA',
  moves: ['plan.week.move.gobletSquat', 'plan.week.move.dumbbellRow', 'plan.week.move.pushUpOrBench', 'plan.week.move.romanianDeadlift', 'plan.week.move.plank'],
  back: true,
};
const FULL_B: Omit<Session, 'day'> = {
  name: 'plan.week.fullB',
  moves: ['plan.week.move.splitSquat', 'plan.week.move.pulldownOrPullUp', 'plan.week.move.overheadPress8', 'plan.week.move.hipThrust', 'plan.week.move.deadBug'],
  back: true,
};
const FULL_C: Omit<Session, 'day'> = {
  name: 'plan.week.fullC',
  moves: ['plan.week.move.deadliftOrHinge', 'plan.week.move.inclinePress', 'plan.week.move.cableRow', 'plan.week.move.walkingLunge', 'plan.week.move.facePull12'],
  back: true,
};
const UPPER: Omit<Session, 'day'> = {
  name: 'plan.week.upper',
  moves: ['plan.week.move.benchOrPushUp', 'plan.week.move.chestSupportedRow', 'plan.week.move.pulldown', 'plan.week.move.overheadPress8', 'plan.week.move.facePull15'],
  back: true,
};
const LOWER: Omit<Session, 'day'> = {
  name: 'plan.week.lower',
  moves: ['plan.week.move.squat', 'plan.week.move.romanianDeadlift', 'plan.week.move.hipThrust', 'plan.week.move.calfRaise', 'plan.week.move.sidePlank'],
  back: false,
};

/** Training days for 2, 3 and 4 sessions, Monday = 1. */
const DAYS: Record<number, number[]> = {
  2: [1, 4],
  3: [1, 3, 5],
  4: [1, 2, 4, 5],
};

/**
 * The week for the sessions a user can fit. Two sessions still work (full body twice); five get the
 * four-session plan plus an optional easy day, because recovery is where training pays off.
 */
export function trainingWeek(available: number): { sessions: Session[]; note: MessageKey } {
  const n = Math.max(2, Math.min(4, Math.round(available)));
  const templates = n === 2 ? [FULL_A, FULL_B] : n === 3 ? [FULL_A, FULL_B, FULL_C] : [UPPER, LOWER, UPPER, LOWER];
  const sessions = templates.map((t, i) => ({ ...t, day: DAYS[n]![i]! }));
  const note: MessageKey = available <= 2 ? 'plan.week.note.two' : available >= 5 ? 'plan.week.note.five' : 'plan.week.note.usual';
  return { sessions, note };
}

/** The week in words: weekday names from Intl ("Mon", "lun"), session names and moves from the messages. */
export function weekWords(week: { sessions: Session[]; note: MessageKey }, { t, locale }: I18n) {
  // 2024-01-01 was a Monday, so day d is 2024-01-0d.
  const weekday = (day: number) => formatDate(locale, `2024-01-0${day}`, { weekday: 'short' });
  return {
    sessions: week.sessions.map((s) => ({ day: weekday(s.day), name: t(s.name), moves: s.moves.map((m) => t(m)) })),
    note: t(week.note),
  };
}
