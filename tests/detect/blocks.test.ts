/**
 * The extension joins a page's blocks with one line break (lib/page-text.ts); text as innerText or an excerpt
 * gives it has a blank line between paragraphs. A block is a line with text on it, so both read alike: the
 * verdict Node gives on an excerpt is the one the extension gives on the page it came from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { judgePage } from '../../lib/detect';
import { readSentences } from '../../lib/detect/claims';
import { DETECT_EXAMPLES } from '../../lib/detect/examples';
import { readSpans } from '../../lib/detect/sentences';
import { judgeReading } from '../../lib/detect/verdict';
import { EXAMPLES } from '../../lib/myths';

/** Each line break doubled: every block gets a blank line after it. */
const spaced = (text: string) => text.replace(/\n/g, '\n\n');

const dir = join(__dirname, '../fixtures');
const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; text: string })
  .filter((p) => p.text.includes('\n'));

const examples = [
  ...Object.values(DETECT_EXAMPLES),
  ...Object.values(EXAMPLES).flatMap((m) => Object.values(m.rules)),
]
  .flatMap((ex) => [...ex.match, ...ex.miss])
  .filter((t) => t.includes('\n'));

/** What a verdict says, offsets aside (a blank line moves them). */
const said = (text: string) => judgePage(text).claims.map((c) => `${c.myth}: ${c.sentence}`);

describe('blank lines between blocks change nothing', () => {
  test('a block is a line with text: blank and white-space lines count for none', () => {
    expect(readSpans('Title\n\nOne. Two.\n \n\nThree.').map((s) => s.ctx.block)).toEqual([0, 1, 1, 2]);
    expect(readSpans('Title\n\nOne. Two.\n \n\nThree.').map((s) => s.ctx.heading)).toEqual([true, false, false, false]);
  });

  test.each(examples)('the rules decide alike with blank lines: %s', (text) => {
    const [plain, blank] = [text, spaced(text)].map((t) => {
      const reading = readSentences(t);
      return { fired: reading.fired, flagged: judgeReading(reading).flagged };
    });
    expect(blank).toEqual(plain);
  });

  test('our own labelled pages get the same claims with blank lines', () => {
    expect(pages.length).toBeGreaterThan(300);
    const differ = pages.filter((p) => said(spaced(p.text)).join('\n') !== said(p.text).join('\n')).map((p) => p.id);
    expect(differ).toEqual([]);
  }, 60_000);
});
