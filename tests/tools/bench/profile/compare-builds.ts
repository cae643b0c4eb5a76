/**
 * Two builds' page cost, interleaved (A B A B ...) so both see the same machine load: on 2 shared cores a
 * figure moves by 2x between minutes, and a before/after taken minutes apart says little. Each round loads
 * every bench page once per build under the same trace as `npm run bench -- page` and prints the medians.
 * `npx tsx tests/tools/bench/profile/compare-builds.ts BEFORE_DIR AFTER_DIR [rounds] [plain,fitness,dense]`
 * with two copies of `.output/chrome-mv3`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, chromiumArgs, serve } from '../../../e2e/harness';
import { benchParagraphs, html, traced, type Cost } from '../page';

const [before, after, rounds = '7', names = 'plain,fitness,dense'] = process.argv.slice(2);
if (!before || !after) throw new Error('usage: compare-builds.ts BEFORE_DIR AFTER_DIR [rounds] [pages]');
const pages = names.split(',');
const server = await serve(Object.fromEntries(pages.map((name) => [`/${name}.html`, html(benchParagraphs(name))])));

async function open(dir: string | undefined) {
  const profile = await mkdtemp(join(tmpdir(), 'rc-compare-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: chromiumArgs(dir), viewport: { width: 1200, height: 900 } });
  if (dir) context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, close: async () => (await context.close(), await rm(profile, { recursive: true, force: true })) };
}

const browsers = { bare: await open(undefined), before: await open(before), after: await open(after) };
const runs: Record<string, Cost[]> = {};
try {
  for (let r = 0; r < Number(rounds); r++) {
    for (const name of pages) {
      // The two builds swap places every round, so whatever the load before leaves behind falls on both alike.
      for (const which of r % 2 ? (['bare', 'after', 'before'] as const) : (['bare', 'before', 'after'] as const)) {
        (runs[`${name} ${which}`] ??= []).push(await traced(browsers[which], `${server.url}/${name}.html`, 2500));
      }
    }
  }
} finally {
  for (const b of Object.values(browsers)) await b.close();
  await server.close();
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
for (const name of pages) {
  const bare = median(runs[`${name} bare`]!.map((c) => c.total));
  const bareCpu = median(runs[`${name} bare`]!.map((c) => c.cpu));
  for (const which of ['before', 'after']) {
    const costs = runs[`${name} ${which}`]!;
    console.log(
      `${name.padEnd(8)} ${which.padEnd(6)} added ${(median(costs.map((c) => c.total)) - bare).toFixed(1).padStart(6)} ms, ` +
        `CPU added ${(median(costs.map((c) => c.cpu)) - bareCpu).toFixed(1).padStart(6)} ms, extension tasks' CPU ${median(costs.map((c) => c.oursCpu)).toFixed(1).padStart(6)} ms ` +
        `(runs ${costs.map((c) => c.oursCpu.toFixed(0)).join(' ')}), ` +
        `extension tasks ${median(costs.map((c) => c.ours)).toFixed(1).padStart(6)} ms (runs ${costs.map((c) => c.ours.toFixed(0)).join(' ')}), ` +
        `longest ${median(costs.map((c) => c.longestOurs)).toFixed(1)} ms (runs ${costs.map((c) => c.longestOurs.toFixed(0)).join(' ')}), evaluation ${median(costs.map((c) => c.evaluation)).toFixed(1)} ms (CPU ${median(costs.map((c) => c.evaluationCpu)).toFixed(1)}), ` +
        `forced style and layout's CPU ${median(costs.map((c) => c.forcedLayoutCpu)).toFixed(2)} ms (runs ${costs.map((c) => c.forcedLayoutCpu.toFixed(1)).join(' ')})`,
    );
  }
  // Each round's two loads ran back to back: their difference leaves out most of what the load did to both.
  const [b, a] = [runs[`${name} before`]!, runs[`${name} after`]!];
  const diff = (key: 'oursCpu' | 'evaluationCpu' | 'forcedLayoutCpu') => median(a.map((c, i) => c[key] - b[i]![key]));
  console.log(
    `${name.padEnd(8)} after - before, median of ${a.length} rounds' differences: extension tasks' CPU ${diff('oursCpu').toFixed(1)} ms, ` +
      `evaluating our scripts' CPU ${diff('evaluationCpu').toFixed(1)} ms, ` +
      `forced style and layout's CPU ${diff('forcedLayoutCpu').toFixed(2)} ms`,
  );
}
