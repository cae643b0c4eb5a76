/**
 * Detector throughput in Node: MB/s on ordinary and claim-dense text and on adversarial inputs, and the
 * time ratio of 2x input to 1x input (near 2 means linear), for the shipped judgePage (rules + learned
 * model) and for the hand rules alone; then the model's load time and the pattern prefilter's build time
 * (both paid once, when the background first judges a page), first in this process and then warm; then the
 * first page of fresh processes (tests/tools/bench-cold.ts), which pays those and each regex's compile.
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { judgeByRules, judgePage } from '../../../lib/detect';
import data from '../../../lib/detect/model.json';
import { loadModel, type ModelData } from '../../../lib/detect/model';
import { everyGuard } from '../../../lib/detect/claims';
import { type KnownLiterals, Prefilter } from '../../../lib/detect/prefilter';
import literals from '../../../lib/detect/prefilter-literals.json';
import { FITNESS, fill, medianMs, ORDINARY, PROMISING } from '../bench-text';

const MB = 1_000_000;
/** Fresh processes for the cold first page: the median of 7, as an A/B on this shared machine needs. */
const COLD_RUNS = 7;
const inputs: [string, (n: number) => string][] = [
  ['ordinary article', (n) => fill(ORDINARY, n)],
  ['fitness, dense with claims', (n) => fill(PROMISING, n, '\n')],
  ['fitness, 1 line in 6 refutes', (n) => fill(FITNESS, n, '\n')],
  ['one character repeated', (n) => 'a'.repeat(n)],
  ['"fat " with no punctuation', (n) => 'fat '.repeat(n / 4)],
  ['nested near-matches', (n) => 'lose lose back in 1 in 1 fat fat bra '.repeat(Math.ceil(n / 37)).slice(0, n)],
];

export default async function detectorBench(): Promise<void> {
  // What a fresh background pays once, before anything has warmed up; then the warm median.
  const started = performance.now();
  loadModel(data as ModelData);
  const firstLoad = performance.now() - started;
  const built = performance.now();
  new Prefilter(everyGuard(), literals as KnownLiterals);
  const firstBuild = performance.now() - built;
  for (const [label, judge] of [
    ['judgePage (shipped)', judgePage],
    ['rules alone', judgeByRules],
  ] as const) {
    console.log(`${label.padEnd(30)} MB/s    time 2 MB / time 1 MB`);
    for (const [name, make] of inputs) {
      const one = make(MB);
      const two = make(2 * MB);
      judge(one); // warm-up: JIT, regex compilation, the model's first load
      const t1 = medianMs(() => judge(one));
      const t2 = medianMs(() => judge(two));
      console.log(`  ${name.padEnd(28)} ${(1 / (t1 / 1000)).toFixed(1).padStart(6)}    ${(t2 / t1).toFixed(2)}`);
    }
  }
  const load = medianMs(() => loadModel(data as ModelData));
  console.log(`learned model: first load ${firstLoad.toFixed(1)} ms, then ${load.toFixed(1)} ms (median of 5)`);
  const build = medianMs(() => new Prefilter(everyGuard(), literals as KnownLiterals));
  const fromSources = medianMs(() => new Prefilter(everyGuard()));
  console.log(
    `pattern prefilter (${everyGuard().length} regexes): first build ${firstBuild.toFixed(1)} ms, then ${build.toFixed(1)} ms (median of 5); ` +
      `${fromSources.toFixed(1)} ms reading the literals off the sources`,
  );
  coldBench();
}

/** The first and second judgePage of the 50 kB article in each of COLD_RUNS fresh processes, medians. */
function coldBench(): void {
  const runs = Array.from({ length: COLD_RUNS }, () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '../bench-cold.ts')], { encoding: 'utf8' });
    return JSON.parse(out) as Record<'first' | 'second', { cpu: number; wall: number }>;
  });
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
  const of = (run: 'first' | 'second', k: 'cpu' | 'wall') => median(runs.map((r) => r[run][k])).toFixed(1);
  console.log(
    `cold first page (fresh process, 50 kB fitness article; model load, prefilter build, regex compiles): ` +
      `${of('first', 'cpu')} ms CPU (${of('first', 'wall')} wall), then ${of('second', 'cpu')} ms CPU (${of('second', 'wall')} wall); ` +
      `median of ${COLD_RUNS}, load ${loadavg()[0]!.toFixed(1)}`,
  );
}
