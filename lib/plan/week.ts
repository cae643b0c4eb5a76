/** A training week of 3-4 whole-body or upper/lower sessions with back work 2-3 times inside it. */
export interface Session {
  day: string;
  name: string;
  moves: string[];
  /** True when this session includes back work (rows, pulldowns, hinges, face pulls). */
  back: boolean;
}

const FULL_A: Omit<Session, 'day'> = {
  name: 'Full body A',
  moves: ['Goblet squat 3x8-10', 'Dumbbell row 3x10 each side', 'Push-up or bench press 3x8-10', 'Romanian deadlift 3x8', 'Plank 3x30 s'],
  back: true,
};
const FULL_B: Omit<Session, 'day'> = {
  name: 'Full body B',
  moves: ['Split squat 3x8 each leg', 'Lat pulldown or assisted pull-up 3x8-10', 'Overhead press 3x8', 'Hip thrust 3x10', 'Dead bug 3x8 each side'],
  back: true,
};
const FULL_C: Omit<Session, 'day'> = {
  name: 'Full body C',
  moves: ['Deadlift or trap-bar hinge 3x5', 'Incline press 3x8-10', 'Seated cable row 3x10', 'Walking lunge 3x10 each leg', 'Face pull 3x12-15'],
  back: true,
};
const UPPER: Omit<Session, 'day'> = {
  name: 'Upper',
  moves: ['Bench or push-up 3x8', 'Chest-supported row 3x10', 'Lat pulldown 3x10', 'Overhead press 3x8', 'Face pull 3x15'],
  back: true,
};
const LOWER: Omit<Session, 'day'> = {
  name: 'Lower',
  moves: ['Squat 3x6-8', 'Romanian deadlift 3x8', 'Hip thrust 3x10', 'Calf raise 3x12', 'Side plank 3x30 s each side'],
  back: false,
};

const DAYS: Record<number, string[]> = {
  2: ['Mon', 'Thu'],
  3: ['Mon', 'Wed', 'Fri'],
  4: ['Mon', 'Tue', 'Thu', 'Fri'],
};

/**
 * The week for the sessions a user can fit. Two sessions still work (full body twice); five get the
 * four-session plan plus an optional easy day, because recovery is where training pays off.
 */
export function trainingWeek(available: number): { sessions: Session[]; note: string } {
  const n = Math.max(2, Math.min(4, Math.round(available)));
  const templates = n === 2 ? [FULL_A, FULL_B] : n === 3 ? [FULL_A, FULL_B, FULL_C] : [UPPER, LOWER, UPPER, LOWER];
  const sessions = templates.map((t, i) => ({ ...t, day: DAYS[n]![i]! }));
  const note =
    available <= 2
      ? 'Two full-body sessions work; a third, when you can, speeds things up.'
      : available >= 5
        ? 'Four sessions are plenty: use the fifth day for a long walk or mobility, not another hard workout.'
        : 'Each session trains the whole body or half of it; back work comes 2-3 times a week inside that.';
  return { sessions, note };
}
