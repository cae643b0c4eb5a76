/**
 * Where the extension's time on a page goes: loads one bench page under the V8 CPU profiler of the page's
 * target (it samples every world on the renderer main thread, the content script's isolated world included)
 * and under a trace, then prints self time per function of extension code and the longest extension task's
 * top functions. `npx tsx tests/tools/bench/profile/page-profile.ts [fitness|dense|plain|article]` after a build.
 */
import { EXTENSION_DIR, launch, serve } from '../../../e2e/harness';
import { benchParagraphs, html } from '../page';
import { frameLabel as label, isExtensionFrame } from './frames';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

const which = process.argv[2] ?? 'fitness';
const server = await serve({ '/page.html': html(benchParagraphs(which)) });
const browser = await launch();
console.log(`profiling ${which} with ${EXTENSION_DIR}`);
try {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.goto(`${server.url}/page.html`);
  await page.waitForTimeout(Number(process.env.SETTLE ?? 3000));
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const isOurs = (n: Node) => isExtensionFrame(n.callFrame);
  let oursMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const chain: Node[] = [];
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) chain.push(byId.get(n)!);
    if (!chain.some(isOurs)) return;
    oursMs += ms;
    const leaf = chain[0]!;
    // A native leaf (GC, a DOM call) is charged to the extension frame that called it.
    const key = isOurs(leaf) ? label(leaf.callFrame) : `${leaf.callFrame.functionName || leaf.callFrame.url || '(native)'} <- ${label(chain.find(isOurs)!.callFrame)}`;
    self.set(key, (self.get(key) ?? 0) + ms);
    for (const n of new Set(chain.filter(isOurs).map((n) => label(n.callFrame)))) total.set(n, (total.get(n) ?? 0) + ms);
  });
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log(`\nsamples under extension code: ${oursMs.toFixed(1)} ms`);
  console.log('\nself time (ms):');
  for (const [k, v] of top(self)) console.log(`${v.toFixed(1).padStart(7)}  ${k}`);
  console.log('\ninclusive time (ms):');
  for (const [k, v] of top(total)) console.log(`${v.toFixed(1).padStart(7)}  ${k}`);
  await page.close();
} finally {
  await browser.close();
  await server.close();
}
