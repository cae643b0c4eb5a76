/** The claim-numbers reader is linear: time per character at 10x the length, as a ratio in one run. */
import { readQuantities } from '../../../lib/claim-numbers';
import { MAX_SENTENCE } from '../../../lib/claim-numbers/tokens';

function perChar(text: string): number {
  const rounds = 2000;
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) readQuantities(text);
  return (performance.now() - t0) / rounds / text.length;
}

export default async function claimNumbersBench(): Promise<void> {
  const cases: [string, string][] = [
    ['claims', 'Lose up to 5-7 lbs by the weekend and half a stone in 14 days! '],
    ['adversarial', 'a couple of twenty - half a - to '],
  ];
  for (const [name, unit] of cases) {
    const short = unit.repeat(Math.ceil(MAX_SENTENCE / 10 / unit.length));
    const long = unit.repeat(Math.ceil(MAX_SENTENCE / unit.length));
    perChar(long); // warm-up
    const ratio = perChar(long.slice(0, MAX_SENTENCE)) / perChar(short);
    console.log(`${name.padEnd(12)} time per character, ${MAX_SENTENCE} vs ${short.length} chars: ${ratio.toFixed(2)}x (1 = linear)`);
  }
}
