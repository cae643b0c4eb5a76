import { describe, expect, test } from 'vitest';
import { activityLabel, makePlan, trainingWeek, validatePlanInput, weekWords, type PlanInput } from '../../lib/plan';
import { goalNote, judgeGoal } from '../../lib/plan/goal';
import { planWords } from '../../lib/plan/words';
import { plain } from '../claim-numbers/plain';
import { uiFor } from '../i18n/catalog';

const en = uiFor('en');

const words = (input: PlanInput, units: 'metric' | 'imperial' = 'metric') => planWords(makePlan(input), input, units, en);
const all = (w: ReturnType<typeof words>) => [...w.eat, w.expect ?? '', w.goal ?? ''].join(' ');

describe('planner words read true in every state', () => {
  // The reported case: the floor (1200 kcal) is above her maintenance (about 1090 kcal).
  const elder: PlanInput = { sex: 'female', age: 70, heightCm: 150, weightKg: 48, activity: 'sedentary', sessions: 3, goalKg: 44 };

  test('floor above maintenance: eating less is not the lever, no 0 kcal deficit, no promise of reaching the goal', () => {
    const w = words(elder);
    expect(w.outlook).toBe('no-lever');
    const text = all(w);
    expect(text).toMatch(/eating less is not the lever/);
    expect(text).toMatch(/strength training and daily walks/);
    expect(text).not.toMatch(/0 kcal deficit|0\.0 kg|beyond this/);
    expect(w.expect).toMatch(/no weight chart/);
    expect(w.goal).toMatch(/cannot safely take you to 44\skg/);
  });

  test('an ordinary plan states its deficit and pace and when the goal arrives', () => {
    const w = words({ sex: 'female', age: 35, heightCm: 165, weightKg: 72, activity: 'light', sessions: 3, goalKg: 68 });
    expect(w.outlook).toBe('loss');
    expect(plain(w.eat[0])).toMatch(/Aim for about \*\*[\d,]+ kcal\*\*: a [1-9]\d+ kcal deficit/);
    // A share is one word: '(0.5' and '% of your weight)' wrapped onto two lines at 380 px.
    expect(w.eat[0]).toMatch(/\(0\.5% of your weight\)\.$/);
    expect(w.goal).toMatch(/goal of 68\skg arrives around week \d+/);
  });

  test('a goal not reached in a year says where the projection ends, in the user units', () => {
    const w = words({ sex: 'male', age: 40, heightCm: 180, weightKg: 120, activity: 'light', sessions: 3, goalKg: 80 }, 'imperial');
    expect(w.goal).toMatch(/^After 52 weeks this projection is at about [\d.]+\slb, still above your goal of 176.4\slb/);
  });

  test('a goal equal to the current weight is not "above" it: the plan is for keeping it', () => {
    const input: PlanInput = { sex: 'female', age: 35, heightCm: 165, weightKg: 72, activity: 'light', sessions: 3, goalKg: 72 };
    expect(judgeGoal(input).kind).toBe('same');
    expect(goalNote(input, 'metric', en)).toMatch(/your weight today/);
    expect(goalNote(input, 'metric', en)).not.toMatch(/above/);
    const w = words(input);
    expect(w.outlook).toBe('maintain');
    expect(plain(all(w))).toMatch(/about \*\*[\d,]+ kcal\*\* a day/);
    expect(all(w)).not.toMatch(/deficit/);
  });

  test('a goal below a healthy BMI is questioned kindly (one above today’s weight: protein.test.ts)', () => {
    const base: PlanInput = { sex: 'female', age: 35, heightCm: 165, weightKg: 72, activity: 'light', sessions: 3 };
    const low = goalNote({ ...base, goalKg: 45 }, 'metric', en);
    expect(low).toMatch(/BMI of 16.5 at your height/);
    expect(low).toMatch(/starts around 50.4\skg\. Is that the number you mean\?/);
    expect(goalNote({ ...base, goalKg: 60 }, 'metric', en)).toBeUndefined();
  });

  test('an error in the optional goal never hides the plan', () => {
    const raw = { sex: 'female', age: '35', height: '165', weight: '72', activity: 'light', sessions: '3' };
    for (const goal of ['abc', '84.555', '9999']) {
      const v = validatePlanInput({ ...raw, goal }, 'metric');
      expect(v.ok).toBe(true);
      expect(v.errors.goal).toBeTruthy();
      expect(v.ok && v.value.goalKg).toBeUndefined();
    }
    expect(validatePlanInput({ ...raw, goal: '84.555' }, 'metric').errors.goal?.(en)).toBe('Use at most two decimals, e.g. 84.56.');
    expect(plain(validatePlanInput({ ...raw, goal: '9999' }, 'metric').errors.goal?.(en))).toBe('Goal must be between 30 kg and 350 kg.');
    expect(validatePlanInput({ ...raw, goal: 'abc' }, 'imperial').errors.goal?.(uiFor('es'))).toBe('Déjalo vacío o escribe un peso objetivo en lb.');
  });
});

describe('planner words in Spanish', () => {
  const es = uiFor('es-ES');
  test('an ordinary plan: decimal comma, the user units, the goal week', () => {
    const input: PlanInput = { sex: 'female', age: 35, heightCm: 165, weightKg: 72, activity: 'light', sessions: 3, goalKg: 68 };
    const w = planWords(makePlan(input), input, 'imperial', es);
    expect(plain(w.eat[0])).toMatch(/^Tu gasto de mantenimiento ronda las \*\*\d+ kcal\*\* al día\. Apunta a unas \*\*\d+ kcal\*\*: un déficit de \d+ kcal/);
    expect(w.eat[0]).toMatch(/aproximadamente \d+,\d+\slb por semana \(el \d+,\d\u00a0%/);
    expect(w.goal).toMatch(/^A este ritmo, llegarás a tu objetivo de 149,9\slb hacia la semana \d+\./);
    expect(plain(w.eat.at(-1))).toMatch(/^Proteína: \*\*\d+-\d+ g\*\* al día/);
  });

  test('a goal under a healthy BMI is questioned in Spanish, with a decimal comma', () => {
    const input: PlanInput = { sex: 'female', age: 35, heightCm: 165, weightKg: 72, activity: 'light', sessions: 3, goalKg: 45 };
    expect(plain(goalNote(input, 'metric', es))).toBe(
      'Con tu altura, 45 kg supondría un IMC de 16,5, por debajo del rango saludable, que empieza en torno a 50,4 kg. ¿Es esa la cifra que querías? Un médico o un dietista puede ayudarte a elegir un objetivo seguro.',
    );
  });
});

test('the training week in words: weekday names from Intl, sessions and moves in each language', () => {
  const en3 = weekWords(trainingWeek(3), en);
  expect(en3.sessions.map((s) => `${s.day}: ${s.name}`)).toEqual(['Mon: Full body A', 'Wed: Full body B', 'Fri: Full body C']);
  expect(en3.sessions[0]!.moves[1]).toBe('Dumbbell row 3x10 each side');
  const es4 = weekWords(trainingWeek(5), uiFor('es-ES'));
  expect(es4.sessions.map((s) => `${s.day}: ${s.name}`)).toEqual(['lun: Tren superior', 'mar: Tren inferior', 'jue: Tren superior', 'vie: Tren inferior']);
  expect(es4.note).toMatch(/^Con cuatro sesiones es suficiente/);
  expect(activityLabel('light', uiFor('es'))).toBe('Ligeros (caminas un poco)');
});
