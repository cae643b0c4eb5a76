/**
 * `npm run eval -- --corpus FILE [--json]`: runs the page verdict on labelled JSON Lines
 * ({id, label: "myth"|"sound", text}) and prints precision, recall and the misclassified ids.
 * `npm run eval -- --cv 5 [--three-seeds | --seeds A,B,C] [--pages]`: out-of-fold figures of the training recipe on
 * the shared corpus (tests/tools/cv.ts), as the mean over fold seeds when given several, with one line per page.
 */
import { readFileSync } from 'node:fs';
import { judgePage } from '../../lib/detect';
import { CV_SEEDS, runCv } from './cv';

interface Item {
  id: string;
  label: 'myth' | 'sound';
  text: string;
}

function parseArgs(argv: string[]): { corpus: string; json: boolean; verbose: boolean } {
  const cv = argv.indexOf('--cv');
  if (cv >= 0) {
    const k = Number(argv[cv + 1] ?? 5);
    if (!Number.isInteger(k) || k < 2) {
      console.error('usage: npm run eval -- --cv K (K an integer of at least 2)');
      process.exit(1);
    }
    const seeds = argv.includes('--seeds') ? (argv[argv.indexOf('--seeds') + 1] ?? '').split(',').map(Number) : argv.includes('--three-seeds') ? CV_SEEDS : undefined;
    if (seeds && !seeds.every(Number.isInteger)) {
      console.error('usage: --seeds A,B,C (integers)');
      process.exit(1);
    }
    runCv(k, seeds, argv.includes('--pages'));
    process.exit(0);
  }
  const at = argv.indexOf('--corpus');
  const corpus = at >= 0 ? argv[at + 1] : undefined;
  if (!corpus) {
    console.error('usage: npm run eval -- --corpus FILE.jsonl [--json] [--verbose] | --cv K [--three-seeds | --seeds A,B,C] [--pages]');
    process.exit(1);
  }
  return { corpus, json: argv.includes('--json'), verbose: argv.includes('--verbose') };
}

function readCorpus(path: string): { items: Item[]; skipped: number } {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    console.error(`Cannot read corpus ${path}: ${(e as Error).message}`);
    process.exit(1);
  }
  const items: Item[] = [];
  let skipped = 0;
  raw.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const o = JSON.parse(line) as Partial<Item>;
      if (typeof o.id !== 'string' || typeof o.text !== 'string' || (o.label !== 'myth' && o.label !== 'sound')) {
        throw new Error('needs string id, string text and label "myth" or "sound"');
      }
      items.push({ id: o.id, label: o.label, text: o.text });
    } catch (e) {
      skipped++;
      console.error(`warning: ${path}:${i + 1} skipped (${(e as Error).message})`);
    }
  });
  return { items, skipped };
}

const { corpus, json, verbose } = parseArgs(process.argv.slice(2));
const { items, skipped } = readCorpus(corpus);
const results = items.map((item) => ({ item, verdict: judgePage(item.text) }));
let tp = 0;
let fp = 0;
let fn = 0;
for (const { item, verdict } of results) {
  if (verdict.flagged && item.label === 'myth') tp++;
  else if (verdict.flagged) fp++;
  else if (item.label === 'myth') fn++;
}
const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
const recall = tp + fn === 0 ? 1 : tp / (tp + fn);

if (json) {
  console.log(
    JSON.stringify({
      items: results.map(({ item, verdict }) => ({
        id: item.id,
        flagged: verdict.flagged,
        claims: verdict.claims.map((c) => ({ myth: c.myth, quote: c.sentence })),
      })),
      precision,
      recall,
    }),
  );
} else {
  const wrong = results.filter(({ item, verdict }) => verdict.flagged !== (item.label === 'myth'));
  console.log(`pages: ${items.length} (myth ${tp + fn}, sound ${items.length - tp - fn})${skipped ? `, ${skipped} lines skipped` : ''}`);
  console.log(`precision: ${precision.toFixed(3)}  recall: ${recall.toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn})`);
  console.log(`false positives: ${wrong.filter((w) => w.verdict.flagged).map((w) => w.item.id).join(' ') || 'none'}`);
  console.log(`missed myths: ${wrong.filter((w) => !w.verdict.flagged).map((w) => w.item.id).join(' ') || 'none'}`);
  if (verbose) {
    for (const { item, verdict } of wrong) {
      console.log(`\n${item.id} (${item.label})`);
      for (const c of verdict.claims) console.log(`  ${c.myth} ${c.confidence.toFixed(2)}: ${c.sentence.slice(0, 160)}`);
    }
  }
}
