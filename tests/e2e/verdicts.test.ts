/**
 * The extension in Chromium reaches the same page verdicts as judgePage in Node on the same text: the
 * figures `npm run eval` reports are the ones users get. One of our own labelled sets (myth and sound
 * pages, no corpus text), each page served as paragraphs and read back from the background's tab count.
 */
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { judgePage } from '../../lib/detect';
import { ROOT } from './harness';
import { browserVerdicts, type LabelledPage } from './verdicts';

const pages = readFileSync(join(ROOT, 'tests/fixtures/own-mixed-pages.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as LabelledPage);

test('every page gets the verdict Node gives, and a flagged page marks the sentence Node flags', async () => {
  const inBrowser = await browserVerdicts(pages);
  const differ = pages.filter((p, i) => inBrowser[i]!.flagged !== judgePage(p.text).flagged).map((p) => p.id);
  expect(differ).toEqual([]);
  // Both sides must have something to agree on: flagged and unflagged pages, and marks that are Node's claims.
  const flagged = inBrowser.filter((v) => v.flagged);
  expect(flagged.length).toBeGreaterThan(10);
  expect(flagged.length).toBeLessThan(pages.length);
  for (const v of flagged) {
    const claims = judgePage(pages.find((p) => p.id === v.id)!.text).claims.map((c) => c.sentence.trim());
    expect(v.marked.length, v.id).toBeGreaterThan(0);
    for (const m of v.marked) expect(claims.some((c) => c.includes(m.trim()) || m.trim().includes(c)), `${v.id}: ${m}`).toBe(true);
  }
}, 240_000);
