/**
 * Detector throughput in Node: MB/s on ordinary and claim-dense text and on adversarial inputs, and the
 * time ratio of 2x input to 1x input (near 2 means linear).
 */
import { judgePage } from '../../../lib/detect';

const ORDINARY = [
  'The council met on Tuesday to discuss the new bus timetable.',
  'Our garden tomatoes ripened late this year because of the cool summer.',
  'She packed two sandwiches, a flask of tea and a paperback for the train.',
  'Fat-free yoghurt was on offer, so we bought a tub for the weekend.',
  'The museum reopens next month with a wing devoted to maps.',
];
const FITNESS = [
  'These five moves melt back fat in 10 days!',
  'Spot reduction is a myth: you cannot choose where fat leaves from.',
  'Rows, pulldowns and hinges build a strong back over months.',
  'Wear the sweat belt to burn belly fat while you work out.',
  'Eat only 600 calories a day to drop 10 pounds fast.',
  'Walk 30 minutes most days and sleep seven to nine hours.',
];

/** Repeats sentences until the text reaches `bytes` characters. */
function fill(sentences: string[], bytes: number, sep = ' '): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const s = sentences[i % sentences.length]!;
    parts.push(s);
    size += s.length + sep.length;
  }
  return parts.join(sep).slice(0, bytes);
}

function medianMs(fn: () => void, runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

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
}
