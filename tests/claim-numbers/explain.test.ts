import { expect, test } from 'vitest';
import { explainClaim, readClaimNumbers, readerFromPlanner } from '../../lib/claim-numbers';
import { uiFor } from '../i18n/catalog';
import { BREAKABLE_FIGURE, plain } from './plain';

type Explained = ReturnType<typeof explainClaim>;
/** The lines with their non-breaking joins as plain hyphens and spaces, so the figures below read as typed. */
const plainLines = (t: Explained): Explained => t && { ...t, implies: t.implies.map(plain), honest: t.honest.map(plain) };
const explainRaw = (s: string, reader?: Parameters<typeof explainClaim>[1], i18n = uiFor('en')) => explainClaim(readClaimNumbers(s), reader, i18n);
const explain = (s: string, reader?: Parameters<typeof explainClaim>[1]) => plainLines(explainRaw(s, reader));
const all = (t: ReturnType<typeof explain>) => [...(t?.implies ?? []), ...(t?.honest ?? [])].join('\n');
const kcal100 = (n: number) => (Math.round(n / 100) * 100).toLocaleString('en-US');
const RAW = { sex: 'female', age: '35', height: '165', weight: '80', activity: 'light', sessions: '3', goal: '' };
const metricReader = readerFromPlanner(RAW, 'metric')!;
const imperialReader = readerFromPlanner({ ...RAW, height: '65', weight: '176' }, 'imperial')!;

test('no numbers, no section: nothing is invented', () => {
  expect(explain('Melt belly fat with this one trick')).toBeUndefined();
  expect(explain('Our top 10 moves for $29.99')).toBeUndefined();
});

test('"lose 10 pounds in 7 days": fat a day, the deficit against a day\'s burn, the fat ceiling, water, weeks', () => {
  const text = all(explain('Lose 10 pounds in 7 days'));
  expect(text).toContain('about 1.5 lb of fat a day');
  expect(text).toContain('about 5,000 kcal a day');
  expect(text).toContain('1,800-3,000 kcal, even eating nothing');
  expect(text).toContain('1,400-2,100 kcal for someone carrying 20-30 kg of fat');
  expect(text).toContain('about 1-2 kg (2-4 lb)');
  // 10 lb = 4.5 kg at 0.5-1 kg a week.
  expect(text).toContain('10 lb takes about 5-9 weeks');
  expect(text).not.toMatch(/\d\.\d\d/);
});

test('the reader\'s own plan: their burn, their fat ceiling, the week their projection gets there', () => {
  const text = all(explain('Lose 10 pounds in 7 days', metricReader));
  expect(text).toContain(`your own day’s burn of about ${kcal100(metricReader.maintenance)} kcal`);
  expect(text).toMatch(/10 lb \(4\.5 kg\) down around week \d+\./);
  expect(text).toContain('(0.5-1 % of your weight)');
  const week = Number(/around week (\d+)/.exec(text)![1]);
  const day = metricReader.projection.find((d) => 80 - d.weight >= 4.5359237)!.day;
  expect(week).toBe(Math.ceil(day / 7));
});

test('units follow the claim, with the reader\'s unit added', () => {
  expect(all(explain('Lose 5 kg in 10 days'))).toContain('5 kg takes about 5-10 weeks');
  expect(all(explain('Lose 5 kg in 10 days', imperialReader))).toContain('5 kg (11 lb)');
  // No unit in the claim: the reader's unit.
  expect(all(explain('Drop two dress sizes in two weeks', imperialReader))).toContain('roughly 22 lb of real loss');
  expect(all(explain('Drop two dress sizes in two weeks'))).toContain('roughly 10 kg of real loss');
});

test('"up to" reads the top of the range; a range deadline says "at least"', () => {
  expect(all(explain('Lose up to 8 kg in 2 weeks'))).toContain('8 kg takes about 8-16 weeks');
  expect(all(explain('Lose half a stone by the weekend'))).toContain('at least about 3,500 kcal a day');
});

test('a sustainable claim is called sustainable, not alarming', () => {
  const t = explain('Lose 1 kg a week');
  expect(t?.implies).toEqual(['1 kg in 7 days is within a sustainable pace.']);
});

test('calories burned at the reader\'s weight, or at a stated 70 kg', () => {
  expect(all(explain('Burn 1,000 calories in a 20-minute workout'))).toContain('For someone of 70 kg, 20 minutes burns about 100 kcal walking briskly or 250 kcal running');
  expect(all(explain('Burn 1,000 calories in a 20-minute workout', metricReader))).toContain('At your weight, 20 minutes burns about 100 kcal walking briskly or 250 kcal');
});

test('one minute of workout is "1 minute" ("1 minuto quema" in Spanish), not "1 minutes"', () => {
  const claim = 'Burn 100 calories in 1 minute';
  expect(all(explain(claim))).toContain('For someone of 70 kg, 1 minute burns about');
  expect(all(explain(claim, metricReader))).toContain('At your weight, 1 minute burns about');
  const es = explainRaw(claim, undefined, uiFor('es-ES'));
  expect(plain(es?.implies.join('\n'))).toContain('1 minuto quema unas');
});

test('calories eaten: under 800 is a VLCD; under the floor is said; the reader gets their target', () => {
  expect(all(explain('Eat 500 calories a day'))).toContain('very-low-calorie diet');
  expect(all(explain('Eat 1,000 calories a day'))).toContain('below 1,200 kcal a day');
  expect(all(explain('Eat 500 calories a day', metricReader))).toContain(`target is about ${kcal100(metricReader.target)} kcal`);
});

test('a deadline alone gives the honest pace for that time', () => {
  expect(explain('Flat belly in 7 days')?.honest).toEqual(['In 7 days, a sustainable pace is about 0.5-1 kg of real loss.']);
});

test('no line of the card breaks inside a figure: ranges take a non-breaking hyphen, units a no-break space', () => {
  // "(0.5-1 % of your weight)" wrapped after "0.5-" or before "%" in a narrow card.
  const claims = ['Lose 10 pounds in 7 days', 'Drop two dress sizes in two weeks', 'Lose 3 inches off your waist in 5 days', 'Eat 500 calories a day', 'Flat belly in 7 days'];
  for (const i18n of [uiFor('en'), uiFor('es-ES')]) {
    for (const claim of claims) {
      for (const reader of [undefined, metricReader, imperialReader]) {
        const t = explainRaw(claim, reader, i18n);
        for (const line of [...(t?.implies ?? []), ...(t?.honest ?? [])]) {
          expect(line, line).not.toMatch(BREAKABLE_FIGURE);
        }
      }
    }
  }
  expect(all(explainRaw('Lose 10 pounds in 7 days', metricReader))).toContain('(0.5\u20111\u00a0% of your weight)');
});

test('an invalid planner gives no reader', () => {
  expect(readerFromPlanner({ ...RAW, weight: 'lots' }, 'metric')).toBeUndefined();
});

test('in Spanish: decimal comma, the locale\'s grouping, plural weeks', () => {
  const es = uiFor('es-ES');
  const t = plainLines(explainRaw('Lose 10 pounds in 7 days', metricReader, es))!;
  expect(t.implies[0]).toBe('Perder 10 lb (4,5 kg) de grasa en 7 días exigiría quemar alrededor de 1,5 lb (0,6 kg) de grasa al día.');
  expect(t.implies[1]).toMatch(/^Para eso hace falta un déficit de alrededor de 5000 kcal al día \(hay unas 7700 kcal en cada kg de grasa\), más que tu propio gasto diario/);
  expect(t.honest[0]).toMatch(/^A un ritmo sostenible de 0,9-2 lb \(0,4-0,8 kg\) por semana \(el 0,5-1 % de tu peso\), perder 10 lb \(4,5 kg\) lleva unas \d+-\d+ semanas\.$/);
  // Five digits take the Spanish thousands point.
  expect(plainLines(explainRaw('Lose 3 inches off your waist in 5 days', undefined, es))!.implies.join(' ')).toContain('11.700 kcal al día');
  expect(plainLines(explainRaw('Lose 1 kg a week', undefined, es))!.implies).toEqual(['Perder 1 kg en 7 días entra dentro de un ritmo sostenible.']);
  expect(plainLines(explainRaw('Burn 2,000 calories', undefined, es))!.implies).toEqual(['Para alguien de 70 kg, quemar 2000 kcal exige correr alrededor de 3 horas a 10 km/h.']);
});
