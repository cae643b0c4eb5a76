/**
 * The corpus is for training and measuring, never for copying: no tracked file (rule examples, fixtures,
 * docs) may repeat RUN words in a row of a corpus page. Runs only where ../shared/corpus is beside the clone.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { corpusFiles, readCorpusFiles } from '../tools/train-model';

/** Eight words: shorter runs are everyday phrasing ("to get rid of a double chin"), longer ones a copy. */
const RUN = 8;
const ROOT = join(__dirname, '../..');
const TEXT_FILE = /\.(?:ts|tsx|mjs|md|json|jsonl|html|css)$/;
/** Learned weights and literal tables: short n-grams by design, not prose. */
const DATA_FILE = /lib\/detect\/(?:model|prefilter-literals)\.json$/;

const words = (text: string) => text.toLowerCase().match(/[a-z0-9']+/g) ?? [];

function* runsOf(text: string): Generator<string> {
  const w = words(text);
  for (let i = 0; i + RUN <= w.length; i++) yield w.slice(i, i + RUN).join(' ');
}

test.skipIf(!corpusFiles())(`no tracked file repeats ${RUN} words in a row of a corpus page`, () => {
  const pageOf = new Map<string, string>();
  for (const page of readCorpusFiles(corpusFiles()!).pages) {
    for (const run of runsOf(page.text)) if (!pageOf.has(run)) pageOf.set(run, page.id);
  }
  const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((f) => TEXT_FILE.test(f) && !DATA_FILE.test(f));
  const copies: string[] = [];
  for (const file of tracked) {
    for (const run of new Set(runsOf(readFileSync(join(ROOT, file), 'utf8')))) {
      if (pageOf.has(run)) copies.push(`${file}: "${run}" (${pageOf.get(run)})`);
    }
  }
  expect(copies).toEqual([]);
}, 60_000);
