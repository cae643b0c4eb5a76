/**
 * Which trace events make up the extension's tasks on one bench page: per event name, the summed duration
 * of events that name a chrome-extension:// script, and each extension task's children and the extension
 * functions its CPU samples were in (named by source line with a source-mapped build), and each style recalc
 * or layout a read of ours forced, with the stack of that read.
 * `npx tsx tests/tools/bench/profile/trace-breakdown.ts [fitness|dense|plain|article]` after a build.
 */
import { launch, serve } from '../../../e2e/harness';
import { benchParagraphs, extensionSamples, html, type SampledFrame, type TraceEvent as Ev } from '../page';
import { frameLabel } from './frames';

const which = process.argv[2] ?? 'plain';
// A trace event's stack counts lines and columns from 1, a CPU profile's (which frameLabel reads) from 0.
const traceFrame = (f: SampledFrame) => frameLabel({ ...f, lineNumber: (f.lineNumber ?? 1) - 1, columnNumber: (f.columnNumber ?? 1) - 1 });
const server = await serve({ '/page.html': html(benchParagraphs(which)) });
const browser = await launch();
try {
  for (let run = 0; run < 3; run++) {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    const events: Ev[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as Ev[])));
    const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.stack,toplevel,v8,disabled-by-default-v8.cpu_profiler,__metadata', transferMode: 'ReportEvents' });
    await page.goto(`${server.url}/page.html`);
    await page.waitForTimeout(2500);
    await cdp.send('Tracing.end');
    await done;
    await page.close();
    const main = events.find((e) => e.name === 'MarkDOMContent')!;
    const on = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
    const urlOf = (e: Ev) => e.args?.data?.url ?? e.args?.beginData?.url ?? '';
    const ext = on.filter((e) => urlOf(e).startsWith('chrome-extension://'));
    const sampled = extensionSamples(events, main.pid, main.tid);
    const samples = sampled.map((s) => s.t);
    const tasks = on.filter((e) => e.name === 'RunTask' && (ext.some((x) => x.ts >= e.ts && x.ts <= e.ts + (e.dur ?? 0)) || samples.some((t) => t >= e.ts && t <= e.ts + (e.dur ?? 0))));
    console.log(`\nrun ${run}: ${tasks.length} extension tasks, ${tasks.map((t) => ((t.dur ?? 0) / 1000).toFixed(1)).join(' + ')} ms`);
    for (const t of tasks) {
      const inside = on.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) && (e.dur ?? 0) > 50);
      const rows = inside.map((e) => `${e.name}${urlOf(e) ? ' ' + urlOf(e).replace(/^chrome-extension:\/\/[a-z]+/, '') : ''} ${((e.dur ?? 0) / 1000).toFixed(2)}`);
      const n = samples.filter((x) => x >= t.ts && x <= t.ts + (t.dur ?? 0)).length;
      const byName = new Map<string, number>();
      for (const e of inside) byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
      console.log('   ', [...byName].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', '));
      console.log(`  task ${((t.dur ?? 0) / 1000).toFixed(2)} ms (CPU ${((t.tdur ?? 0) / 1000).toFixed(2)}), ${n} samples in extension code: ${rows.slice(0, 14).join(' | ')}`);
      // A native leaf (GC, a DOM call) is named with the extension function that called it.
      const where = new Map<string, number>();
      for (const s of sampled.filter((x) => x.t >= t.ts && x.t <= t.ts + (t.dur ?? 0))) {
        const key = s.leaf === s.ours ? frameLabel(s.ours) : `${s.leaf.functionName || '(native)'} <- ${frameLabel(s.ours)}`;
        where.set(key, (where.get(key) ?? 0) + 1);
      }
      // A style recalc or layout that script forced carries the stack of the read that forced it.
      for (const e of inside.filter((x) => x.name === 'Layout' || x.name === 'UpdateLayoutTree')) {
        const stack = e.args?.beginData?.stackTrace ?? [];
        if (stack.length) console.log(`    forced ${e.name} ${((e.dur ?? 0) / 1000).toFixed(2)} ms (CPU ${((e.tdur ?? 0) / 1000).toFixed(2)}) by ${stack.slice(0, 4).map(traceFrame).join(' < ')}`);
      }
      if (where.size) console.log(`    samples: ${[...where].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${v} ${k}`).join(', ')}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
