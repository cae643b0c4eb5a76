import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { judgeByRules, judgePage, type PageVerdict } from '../../lib/detect';
import { OWN_SENTENCES } from '../fixtures/own-sentences';

interface Labelled {
  id?: string;
  label: 'myth' | 'sound';
  text: string;
}

type Judge = (text: string) => PageVerdict;

/** Scores a page verdict on labelled texts; the figures are printed so a regression shows its size. */
function score(name: string, items: readonly Labelled[], judge: Judge = judgeByRules) {
  const wrong = items.filter((h) => judge(h.text).flagged !== (h.label === 'myth'));
  const myths = items.filter((h) => h.label === 'myth').length;
  const missed = wrong.filter((w) => w.label === 'myth');
  const recall = 1 - missed.length / myths;
  // Worded as figures, not as failures: the misses listed are within the recall the test allows.
  const ids = missed.map((w) => w.id ?? w.text).join(', ');
  const who = judge === judgeByRules ? 'rules' : 'shipped';
  console.log(`${name} (${who}): recall ${recall.toFixed(2)}${ids ? `, promises not caught: ${ids}` : ''}`);
  return { recall, falseFlags: wrong.filter((w) => w.label === 'sound') };
}

// The own sets were written while the hand rules were tuned, so they hold the rules to their old figures; the
// shipped model, measured out of fold on real pages, must flag none of their sound texts and catch most promises.
// A false flag costs trust more than a miss: no sound text may be flagged, and most promises are caught.
test('our labelled sentences: nothing sound flagged, promises caught', () => {
  const { recall, falseFlags } = score('own sentences', OWN_SENTENCES);
  expect(falseFlags).toEqual([]);
  expect(recall).toBeGreaterThanOrEqual(0.9);
  const shipped = score('own sentences', OWN_SENTENCES, judgePage);
  expect(shipped.falseFlags).toEqual([]);
  expect(shipped.recall).toBeGreaterThanOrEqual(0.75);
});

const readJsonl = (name: string): Labelled[] =>
  readFileSync(join(__dirname, '../fixtures', name), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled);

test.each([
  ['own-pages.jsonl', 100],
  ['own-long-pages.jsonl', 75],
  ['own-site-pages.jsonl', 75],
  ['own-web-pages.jsonl', 75],
  ['own-varied-pages.jsonl', 75],
  ['own-honest-pages.jsonl', 80],
  ['own-search-pages.jsonl', 90],
  ['own-mixed-pages.jsonl', 80],
])('our labelled page excerpts in %s: nothing sound flagged, promises caught', (name, count) => {
  const pages = readJsonl(name);
  expect(pages.length).toBe(count);
  const { recall, falseFlags } = score(name, pages);
  expect(falseFlags).toEqual([]);
  expect(recall).toBeGreaterThanOrEqual(0.9);
  const shipped = score(name, pages, judgePage);
  expect(shipped.falseFlags).toEqual([]);
  expect(shipped.recall).toBeGreaterThanOrEqual(0.75);
});

// Long first-person honest guides that tell the myths their writer tried, in the myths' own words.
test('our first-person honest guides are never flagged', () => {
  const guides = readJsonl('own-first-person-guides.jsonl');
  expect(guides.length).toBeGreaterThanOrEqual(5);
  expect(guides.filter((g) => judgePage(g.text).flagged).map((g) => g.id)).toEqual([]);
  expect(guides.filter((g) => judgeByRules(g.text).flagged).map((g) => g.id)).toEqual([]);
});
