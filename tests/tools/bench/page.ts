/**
 * Page cost in Chromium, measured from outside: a trace of the page's renderer main thread (CDP Tracing;
 * content-script work is invisible to ScriptDuration and to the page's own longtask observer), the same
 * 1 MB page with and without the extension, median of 5. The pages run no script of their own, so every
 * added span is the extension's. Reported as ratios of one read of the page's text, measured in the same run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launch, serve, type ExtensionBrowser } from '../../e2e/harness';
import { claimsToMark } from '../../../lib/page-claims';
import { ORDINARY, paragraphs, PROMISING } from '../bench-text';

/** The bench pages: which sentences, up to how many characters. */
const PAGES = {
  plain: [ORDINARY, 1_000_000],
  fitness: [PROMISING, 1_000_000],
  dense: [PROMISING, 100_000],
  article: [PROMISING, 50_000],
} as const;
type PageName = keyof typeof PAGES;

/** A bench page's paragraphs by name (tests/tools/bench/profile/ loads one; another name reads as fitness). */
export function benchParagraphs(name: string): string[] {
  const [sentences, size] = PAGES[name as PageName] ?? PAGES.fitness;
  return paragraphs(sentences, size);
}

export const html = (paras: string[]) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body><article>${paras
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;

/** How many claims the background finds in a page of these paragraphs (what the page's marks should show). */
const claimsIn = (paras: string[]) => claimsToMark(paras.join('\n')).length;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Median time (ms) the page itself takes to read its text one way. */
const readCost = (page: Page, how: 'textContent' | 'innerText') =>
  page.evaluate((how) => {
    const t: number[] = [];
    for (let i = 0; i < 5; i++) {
      const s = performance.now();
      void (how === 'innerText' ? document.body.innerText.length : document.body.textContent?.length);
      t.push(performance.now() - s);
    }
    return t.sort((a, b) => a - b)[2]!;
  }, how);

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of an 'X' event, µs: unlike `dur`, it leaves out time the thread waited for a core. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    name?: string;
    data?: { url?: string; startTime?: number; cpuProfile?: CpuProfileChunk; timeDeltas?: number[] };
    /** A forced style recalc or layout's stackTrace: the script that read (with the .stack trace category). */
    beginData?: { url?: string; stackTrace?: SampledFrame[] };
  };
}

/** A piece of the V8 sampling profile the trace carries (disabled-by-default-v8.cpu_profiler). */
interface CpuProfileChunk {
  nodes?: { id: number; parent?: number; callFrame: SampledFrame }[];
  samples?: number[];
}

export interface SampledFrame {
  functionName?: string;
  url?: string;
  lineNumber?: number;
  columnNumber?: number;
}

/** One sample of the page's main thread inside extension code: when, its innermost frame, and the innermost of ours. */
export interface ExtensionSample {
  t: number;
  leaf: SampledFrame;
  ours: SampledFrame;
}

/**
 * When the page's main thread was sampled inside extension code. Promise callbacks (the walk after a storage
 * read, a message's reply) run as microtasks whose trace events name no script, so events alone miss them.
 */
export function extensionSamples(events: readonly TraceEvent[], pid: number, tid: number): ExtensionSample[] {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!profile) return [];
  const parent = new Map<number, number>();
  const frames = new Map<number, SampledFrame>();
  const found: ExtensionSample[] = [];
  let t = profile.args?.data?.startTime ?? profile.ts;
  for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id)) {
    const data = chunk.args?.data;
    for (const n of data?.cpuProfile?.nodes ?? []) {
      if (n.parent !== undefined) parent.set(n.id, n.parent);
      frames.set(n.id, n.callFrame);
    }
    const deltas = data?.timeDeltas ?? [];
    (data?.cpuProfile?.samples ?? []).forEach((id, i) => {
      t += deltas[i] ?? 0;
      for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
        const frame = frames.get(n);
        if (frame?.url?.startsWith('chrome-extension://')) {
          found.push({ t, leaf: frames.get(id)!, ours: frame });
          break;
        }
      }
    });
  }
  return found;
}

export interface Cost {
  /** All task time on the page's main thread over the whole load, merged where spans overlap (ms). */
  total: number;
  /**
   * Task spans that run extension code (an event in them names a chrome-extension:// script, or a CPU sample
   * in them has extension code on its stack): summed and longest (ms).
   */
  ours: number;
  longestOurs: number;
  /**
   * The same two sums in the thread's CPU time (ms): on a machine whose cores other work shares, a span's wall
   * time grows with the load, its CPU time far less, so A/B comparisons use these.
   */
  cpu: number;
  oursCpu: number;
  /** Evaluating the extension's scripts (EvaluateScript events naming a chrome-extension:// script, ms). */
  evaluation: number;
  /** The same in CPU ms: what an A/B of a script's size reads, the wall time moving with the load. */
  evaluationCpu: number;
  /**
   * Style and layout that script forced in extension tasks, in CPU ms: UpdateLayoutTree and Layout events
   * nested in a script call (a read of geometry or style with the page's layout out of date).
   */
  forcedLayoutCpu: number;
}

/**
 * Loads `url` under a trace of the page's renderer main thread (RunTask and RunMicrotasks spans, merged where
 * they overlap). The whole load is counted, not only what follows DOMContentLoaded: with an extension loaded,
 * Chromium moves the page's first big layout after DOMContentLoaded, which a DOMContentLoaded window would
 * misread as the extension's cost.
 */
/** Trace events that run script: a style or layout nested in one was forced by a read. */
const SCRIPT_CALLS = new Set([
  'FunctionCall',
  'TimerFire',
  'FireIdleCallback',
  'FireAnimationFrame',
  'EvaluateScript',
  'v8.callFunction',
  'RunMicrotasks',
  'BlinkScheduler_PerformMicrotaskCheckpoint',
]);

export async function traced(browser: Pick<ExtensionBrowser, 'context'>, url: string, settleMs: number): Promise<Cost> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel,disabled-by-default-v8.cpu_profiler,__metadata',
    transferMode: 'ReportEvents',
  });
  await page.goto(url);
  await page.waitForTimeout(settleMs);
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const dcl = events.find((e) => e.name === 'MarkDOMContent' && mains.has(`${e.pid}:${e.tid}`));
  if (!dcl) return { total: 0, ours: 0, longestOurs: 0, cpu: 0, oursCpu: 0, evaluation: 0, evaluationCpu: 0, forcedLayoutCpu: 0 };
  const onThread = events.filter((e) => `${e.pid}:${e.tid}` === `${dcl.pid}:${dcl.tid}`);
  const extension = [
    ...onThread.filter((e) => e.args?.data?.url?.startsWith('chrome-extension://')).map((e) => e.ts),
    ...extensionSamples(events, dcl.pid, dcl.tid).map((s) => s.t),
  ].sort((a, b) => a - b);
  const spans = onThread
    .filter((e) => (e.name === 'RunTask' || e.name === 'RunMicrotasks') && e.ph === 'X')
    .map((e) => [e.ts, e.ts + (e.dur ?? 0), e.tdur ?? 0] as const)
    .sort((a, b) => a[0] - b[0]);
  const evaluations = onThread.filter((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.startsWith('chrome-extension://'));
  const evaluation = evaluations.reduce((ms, e) => ms + (e.dur ?? 0) / 1000, 0);
  const evaluationCpu = evaluations.reduce((ms, e) => ms + (e.tdur ?? 0) / 1000, 0);
  const calls = onThread.filter((e) => e.ph === 'X' && SCRIPT_CALLS.has(e.name));
  const layouts = onThread.filter((e) => e.ph === 'X' && (e.name === 'Layout' || e.name === 'UpdateLayoutTree'));
  const forced = layouts.filter((l) => calls.some((c) => c.ts <= l.ts && l.ts + (l.dur ?? 0) <= c.ts + (c.dur ?? 0)));
  const cost: Cost = { total: 0, ours: 0, longestOurs: 0, cpu: 0, oursCpu: 0, evaluation, evaluationCpu, forcedLayoutCpu: 0 };
  let [from, to, cpu] = [-1, -1, 0];
  for (const [a, b, t] of [...spans, [Infinity, Infinity, 0] as const]) {
    if (a > to) {
      if (to > from) {
        const ms = (to - from) / 1000;
        cost.total += ms;
        cost.cpu += cpu / 1000;
        if (extension.some((t) => t >= from && t <= to)) {
          cost.ours += ms;
          cost.oursCpu += cpu / 1000;
          cost.longestOurs = Math.max(cost.longestOurs, ms);
          for (const l of forced) if (l.ts >= from && l.ts <= to) cost.forcedLayoutCpu += (l.tdur ?? 0) / 1000;
        }
      }
      [from, to, cpu] = [a, b, t];
    } else if (b > to) {
      // Nested spans (microtasks inside their task) add nothing; one reaching past the group adds its share.
      cpu += (t * (b - to)) / (b - a);
      to = b;
    }
  }
  return cost;
}

async function medianTrace(browser: ExtensionBrowser, url: string, settleMs: number): Promise<Cost> {
  const runs: Cost[] = [];
  for (let i = 0; i < 5; i++) runs.push(await traced(browser, url, settleMs));
  const of = (key: keyof Cost) => median(runs.map((r) => r[key]));
  return {
    total: of('total'),
    ours: of('ours'),
    longestOurs: of('longestOurs'),
    cpu: of('cpu'),
    oursCpu: of('oursCpu'),
    evaluation: of('evaluation'),
    evaluationCpu: of('evaluationCpu'),
    forcedLayoutCpu: of('forcedLayoutCpu'),
  };
}

/** Milliseconds from the load event (document_idle follows it) until the first mark is painted; NaN past 10 s. */
async function timeToMarks(browser: ExtensionBrowser, url: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    // A string, so the bundler's function-name helpers do not leak into the page.
    times.push(
      await page.evaluate<number>(`new Promise((ok) => {
        setTimeout(() => ok(NaN), 10000);
        const check = () => {
          const nav = performance.getEntriesByType('navigation')[0];
          if (nav && nav.loadEventEnd && CSS.highlights.has('reality-check')) ok(performance.now() - nav.loadEventEnd);
          else requestAnimationFrame(check);
        };
        check();
      })`),
    );
    await page.close();
  }
  return median(times);
}

export default async function pageBench(): Promise<void> {
  const pages = Object.fromEntries(Object.keys(PAGES).map((name) => [name, benchParagraphs(name)])) as Record<PageName, string[]>;
  const server = await serve(Object.fromEntries(Object.entries(pages).map(([name, paras]) => [`/${name}.html`, html(paras)])));
  const bare = await launch({ extension: false });
  const withExt = await launch();
  try {
    for (const [label, name, floorName] of [
      ['1 MB non-fitness page', 'plain', 'textContent'],
      ['1 MB fitness article', 'fitness', 'innerText'],
      ['100 kB fitness article', 'dense', 'innerText'],
    ] as const) {
      const url = `${server.url}/${name}.html`;
      const read = await bare.context.newPage();
      await read.goto(url);
      const floor = await readCost(read, floorName);
      await read.close();
      const base = await medianTrace(bare, url, 2500);
      const ours = await medianTrace(withExt, url, 2500);
      const added = ours.total - base.total;
      console.log(
        `${label.padEnd(24)} (${claimsIn(pages[name])} claims) main-thread time added ${added.toFixed(1).padStart(6)} ms = ${(added / floor).toFixed(2)}x one ${floorName} read (${floor.toFixed(1)} ms); ` +
          `tasks running extension code ${ours.ours.toFixed(1)} ms = ${(ours.ours / floor).toFixed(2)}x, longest ${ours.longestOurs.toFixed(1)} ms, ` +
          `evaluating its scripts ${ours.evaluation.toFixed(1)} ms`,
      );
    }
    const marks = await timeToMarks(withExt, `${server.url}/article.html`);
    console.log(`50 kB fitness article (${claimsIn(pages.article)} claims): ${Number.isNaN(marks) ? 'no marks within 10 s' : `marks ${marks.toFixed(0)} ms after load`}`);
  } finally {
    await withExt.close();
    await bare.close();
    await server.close();
  }
  for (const [name, file] of [
    ['first script', 'content-scripts/content.js'],
    ['flagger', 'flagger.js'],
    ['overlay (badge)', 'overlay.js'],
    ['panel, on reach', 'panel.js'],
    ["card's parts", 'card.js'],
    ['background', 'background.js'],
  ] as const) {
    const bundle = readFileSync(join(EXTENSION_DIR, file));
    console.log(`${name.padEnd(15)} bundle: ${(bundle.length / 1024).toFixed(1)} kB, ${(gzipSync(bundle, { level: 9 }).length / 1024).toFixed(1)} kB gzip`);
  }
}
