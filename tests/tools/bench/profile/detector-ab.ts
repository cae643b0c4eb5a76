/**
 * Two builds of the detector in one process: first whether they say the same thing (every judgePage,
 * judgeByRules, findClaims, the rules fired and refutations, and the model's sentence readings, as JSON, on the shared corpus, our fixture pages, the
 * bench texts and spliced corpus fragments), then their CPU time interleaved (A B, B A, ...) so both see the
 * same load on shared cores: medians of each and the median of the rounds' B/A ratios.
 * `npx tsx tests/tools/bench/profile/detector-ab.ts [BEFORE_REF=main] [AFTER_REF=working tree] [rounds=21] [workloads]`
 * Each build is lib/ of that ref (or the working tree) bundled by esbuild, as the extension bundles it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { FITNESS, fill, ORDINARY, PROMISING } from '../../bench-text';

const ROOT = join(import.meta.dirname, '../../../..');
const CORPUS = join(ROOT, '../../shared/corpus');
const [before = 'main', after = '', rounds = '21', only = ''] = process.argv.slice(2);

interface Build {
  judgePage: (t: string) => unknown;
  judgeByRules: (t: string) => unknown;
  findClaims: (t: string) => unknown;
  readSentences: (t: string) => { fired: string[]; refutations: unknown[] };
  readPage: (model: unknown, t: string) => { readings: Float64Array; page: number; spans: unknown[] };
  readRuledSpans: (t: string) => { spans: unknown[] };
  classify: (model: unknown, t: string, spans: unknown[]) => Float64Array;
  loadModel: (data: unknown) => unknown;
  data: unknown;
}

const ENTRY = `export { findClaims, judgePage, judgeByRules } from './lib/detect';
export { readSentences } from './lib/detect/claims';
export { readPage } from './lib/detect/learned';
export { loadModel } from './lib/detect/model';
export { classify, readRuledSpans } from './lib/detect/page';
export { default as data } from './lib/detect/model.json';`;

const scratch = mkdtempSync(join(tmpdir(), 'detector-ab-'));

/** lib/ of `ref` (the working tree where empty), bundled into one ES module and imported. */
async function load(ref: string, name: string): Promise<Build> {
  let dir = ROOT;
  if (ref) {
    dir = join(scratch, name);
    mkdirSync(dir);
    execFileSync('sh', ['-c', `git -C "${ROOT}" archive "${ref}" lib | tar -x -C "${dir}"`]);
  }
  const outfile = join(scratch, `${name}.mjs`);
  await build({ stdin: { contents: ENTRY, resolveDir: dir, loader: 'ts' }, bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'error' });
  return (await import(pathToFileURL(outfile).href)) as Build;
}

const A = await load(before, 'a');
const B = await load(after, 'b');
rmSync(scratch, { recursive: true, force: true });

const pagesOf = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
const corpus = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .flatMap((f) => pagesOf(join(CORPUS, f)));
const fixtures = readdirSync(join(ROOT, 'tests/fixtures'))
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .flatMap((f) => pagesOf(join(ROOT, 'tests/fixtures', f)));

/** Deterministic pieces of corpus pages spliced together: sentences cut and joined where no page joins them. */
function spliced(count: number): string[] {
  let seed = 20261207;
  const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    for (let k = 1 + rand(6); k > 0; k--) {
      const page = corpus[rand(corpus.length)]!;
      const at = rand(page.length);
      s += page.slice(at, at + 1 + rand(300)) + ['', ' ', '. ', '\n', '? ', '"', '! ', ', '][rand(8)];
    }
    out.push(s);
  }
  return out;
}

const texts = [...corpus, ...fixtures, ...spliced(2000), ...[FITNESS, PROMISING, ORDINARY].map((s) => fill(s, 100_000, '\n')), 'lose lose back in 1 in 1 fat fat bra '.repeat(2000)];

function said(b: Build, model: unknown, t: string): string {
  const reading = b.readPage(model, t);
  const { fired, refutations } = b.readSentences(t);
  return JSON.stringify([b.judgePage(t), b.judgeByRules(t), b.findClaims(t), fired, refutations, reading.page, Array.from(reading.readings), reading.spans]);
}
const modelA = A.loadModel(A.data);
const modelB = B.loadModel(B.data);
let differ = 0;
for (const t of texts) {
  if (said(A, modelA, t) === said(B, modelB, t)) continue;
  if (differ++ < 3) console.log(`DIFFERENT on: ${JSON.stringify(t.slice(0, 200))}`);
}
console.log(`${texts.length} texts: ${differ === 0 ? 'identical output' : `${differ} differ`}`);
if (differ > 0) process.exit(1);

const MB = 1_000_000;
const dense = fill(PROMISING, MB, '\n');
const sixth = fill(FITNESS, MB, '\n');
const corpusChars = corpus.reduce((n, t) => n + t.length, 0);
// The model's reading alone (featurizer and weights), on spans each build's rules marked.
const ruledA = A.readRuledSpans(dense).spans;
const ruledB = B.readRuledSpans(dense).spans;
const workloads: [string, number, (b: Build) => void][] = [
  ['dense 1 MB judgePage', MB, (b) => b.judgePage(dense)],
  ['dense 1 MB rules alone', MB, (b) => b.judgeByRules(dense)],
  ['1 in 6 refutes judgePage', MB, (b) => b.judgePage(sixth)],
  ['corpus pages judgePage', corpusChars, (b) => corpus.forEach((t) => b.judgePage(t))],
  ['dense 1 MB classify only', MB, (b) => b.classify(b === A ? modelA : modelB, dense, b === A ? ruledA : ruledB)],
];

const cpuMs = (fn: () => void) => {
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
console.log(`A ${before}, B ${after || 'working tree'}; CPU ms, medians of ${rounds} interleaved rounds; load ${(await import('node:os')).loadavg()[0]!.toFixed(1)}`);
for (const [name, chars, run] of workloads) {
  if (only && !only.split(',').some((w) => name.includes(w))) continue;
  run(A);
  run(B);
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < Number(rounds); r++) {
    if (r % 2) {
      b.push(cpuMs(() => run(B)));
      a.push(cpuMs(() => run(A)));
    } else {
      a.push(cpuMs(() => run(A)));
      b.push(cpuMs(() => run(B)));
    }
  }
  const mbs = (ms: number) => (chars / MB / (ms / 1000)).toFixed(1);
  console.log(
    `${name.padEnd(26)} A ${median(a).toFixed(1).padStart(7)} ms (${mbs(median(a))} MB/s)  B ${median(b).toFixed(1).padStart(7)} ms (${mbs(median(b))} MB/s)  ` +
      `B/A median pair ratio ${median(b.map((x, i) => x / a[i]!)).toFixed(3)}`,
  );
}
for (const [name, x] of [['A', A], ['B', B]] as const) {
  const loads: number[] = [];
  for (let i = 0; i < 9; i++) loads.push(cpuMs(() => x.loadModel(x.data)));
  console.log(`${name} model load (warm, median of 9): ${median(loads).toFixed(1)} ms`);
}
