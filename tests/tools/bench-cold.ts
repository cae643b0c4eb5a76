/**
 * One fresh process's first page (run by tests/tools/bench/detector.ts, once a process): what a background
 * just woken pays, since Chrome stops an idle MV3 service worker after about 30 s and each wake judges with a
 * cold detector. The first judgePage loads the model, builds the prefilter and compiles each regex it runs;
 * the second is the same page with those paid. Prints CPU and wall ms of both as JSON.
 */
import { judgePage } from '../../lib/detect';
import { paragraphs, PROMISING } from './bench-text';

// The page bench's 50 kB fitness article, as the content script sends it: its paragraphs, one a line.
const text = paragraphs(PROMISING, 50_000).join('\n');

function timed(): { cpu: number; wall: number } {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  judgePage(text);
  const used = process.cpuUsage(cpu);
  return { cpu: (used.user + used.system) / 1000, wall: performance.now() - wall };
}

const first = timed();
const second = timed();
console.log(JSON.stringify({ first, second }));
