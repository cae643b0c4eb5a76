/**
 * `npm run eval:chromium -- --corpus FILE`: the labelled pages of FILE through the built extension in
 * Chromium (tests/e2e/verdicts.ts), with page precision and recall, claim hit where pages carry labelled
 * `claims`, and every page where the browser's verdict differs from judgePage on the same text in Node.
 * Run `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { judgePage } from '../../lib/detect';
import { browserVerdicts, type LabelledPage } from '../e2e/verdicts';

interface Item extends LabelledPage {
  claims?: string[];
}

const at = process.argv.indexOf('--corpus');
const file = at >= 0 ? process.argv[at + 1] : undefined;
if (!file) {
  console.error('usage: npm run eval:chromium -- --corpus FILE.jsonl (after npm run build)');
  process.exit(1);
}
const items = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Item);
const started = Date.now();
const verdicts = await browserVerdicts(items, {
  progress: (n) => process.stderr.write(`\r${n}/${items.length} pages`),
});
process.stderr.write('\n');

let tp = 0;
let fp = 0;
let fn = 0;
let hits = 0;
let withClaims = 0;
const differ: string[] = [];
items.forEach((item, i) => {
  const v = verdicts[i]!;
  if (v.flagged && item.label === 'myth') tp++;
  else if (v.flagged) fp++;
  else if (item.label === 'myth') fn++;
  if (v.flagged && item.label === 'myth' && item.claims?.length) {
    withClaims++;
    // A mark is one sentence; a labelled claim is a sentence too, possibly cut differently at its ends.
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    const claims = item.claims.map(norm);
    if (v.marked.map(norm).some((m) => claims.some((c) => c.includes(m) || m.includes(c)))) hits++;
  }
  if (v.flagged !== judgePage(item.text).flagged) differ.push(item.id);
});
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b).toFixed(3);
console.log(`${file}: ${items.length} pages in Chromium (${((Date.now() - started) / 1000).toFixed(0)} s)`);
console.log(`precision ${ratio(tp, tp + fp)}  recall ${ratio(tp, tp + fn)}  (tp ${tp}, fp ${fp}, fn ${fn})`);
if (withClaims) console.log(`claim hit ${ratio(hits, withClaims)} (${hits}/${withClaims} caught pages with labelled claims)`);
console.log(`verdicts that differ from judgePage in Node: ${differ.length}${differ.length ? `: ${differ.join(' ')}` : ''}`);
