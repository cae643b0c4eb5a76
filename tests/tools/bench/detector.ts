/**
 * Detector throughput in Node: MB/s on ordinary and claim-dense text and on adversarial inputs, and the
 * time ratio of 2x input to 1x input (near 2 means linear).
 */
import { judgePage } from '../../../lib/detect';
import data from '../../../lib/detect/model.json';
import { loadModel, type ModelData } from '../../../lib/detect/model';
import { judgeWith } from '../../../lib/detect/learned';
import { FITNESS, fill, medianMs, ORDINARY } from '../bench-text';

const MB = 1_000_000;
const inputs: [string, (n: number) => string][] = [
  ['ordinary article', (n) => fill(ORDINARY, n)],
  ['fitness, dense with claims', (n) => fill(FITNESS, n, '\n')],
  ['one character repeated', (n) => 'a'.repeat(n)],
  ['"fat " with no punctuation', (n) => 'fat '.repeat(n / 4)],
  ['nested near-matches', (n) => 'lose lose back in 1 in 1 fat fat bra '.repeat(Math.ceil(n / 37)).slice(0, n)],
];

export default async function detectorBench(): Promise<void> {
  console.log('input                          MB/s    time 2 MB / time 1 MB');
  for (const [name, make] of inputs) {
    const one = make(MB);
    const two = make(2 * MB);
    judgePage(one); // warm-up: JIT and regex compilation
    const t1 = medianMs(() => judgePage(one));
    const t2 = medianMs(() => judgePage(two));
    console.log(`${name.padEnd(30)} ${(1 / (t1 / 1000)).toFixed(1).padStart(6)}    ${(t2 / t1).toFixed(2)}`);
  }
  // The learned model (not yet judgePage): its load time and its speed on the same inputs.
  const load = medianMs(() => loadModel(data as ModelData));
  const model = loadModel(data as ModelData);
  console.log(`learned model: loads in ${load.toFixed(1)} ms`);
  for (const [name, make] of inputs) {
    const one = make(MB);
    const two = make(2 * MB);
    judgeWith(model, one);
    const t1 = medianMs(() => judgeWith(model, one));
    const t2 = medianMs(() => judgeWith(model, two));
    console.log(`learned: ${name.padEnd(21)} ${(1 / (t1 / 1000)).toFixed(1).padStart(6)}    ${(t2 / t1).toFixed(2)}`);
  }
}
