/**
 * Allocation of the flagger's reply-and-placing code on a bench page, counted rather than timed (timing is
 * noise at the machine's load): the page is read once in happy-dom (collectText), judged as the background
 * does, and the pieces and reply recorded; a replay bundled without tsx's name wrappers then runs
 * parseJudgeReply and claimsOn once each in a fresh node, three times, single-threaded (no concurrent
 * compiler or GC, so the same code runs at the same tier on every run).
 * - bytes: heap used after minus before, in a young generation too large to collect during the run. Young
 *   bytes are the objects the code made; old ones mostly the compiler's (optimised code, bytecode, feedback).
 * - scavenges: with a 1 MB semi-space, how many minor GCs the same run costs.
 * `npx tsx tests/tools/bench/profile/flagger-alloc.ts [fitness|dense]`
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { Window } from 'happy-dom';
import { collectText } from '../../../../entrypoints/content/collect';
import { MAX_JUDGE_TEXT, toReply, MAX_CLAIMS } from '../../../../lib/messages';
import { claimsToMark } from '../../../../lib/page-claims';
import { joinPieces } from '../../../../lib/page-text';
import { benchParagraphs, html } from '../page';

const which = process.argv[2] ?? 'fitness';
const window = new Window();
const g = globalThis as Record<string, unknown>;
g.NodeFilter ??= window.NodeFilter;
window.document.write(html(benchParagraphs(which)));
const { pieces } = collectText(window.document.body as unknown as Node, null, MAX_JUDGE_TEXT);
const reply = toReply(claimsToMark(joinPieces(pieces).text).slice(0, MAX_CLAIMS));
const dir = mkdtempSync(join(tmpdir(), 'flagger-alloc-'));
const recording = join(dir, 'page.json');
writeFileSync(recording, JSON.stringify({ pieces: pieces.map(({ text, newBlock }) => ({ text, newBlock })), reply }));
const replay = join(dir, 'replay.mjs');
await build({ entryPoints: [join(import.meta.dirname, 'flagger-alloc-replay.ts')], bundle: true, platform: 'node', format: 'esm', outfile: replay, logLevel: 'warning',
  // What the extension's build defines (marks.ts picks its rule by browser).
  define: { 'import.meta.env.FIREFOX': 'false' },
});

const modes = { bytes: ['--min-semi-space-size=256', '--max-semi-space-size=256'], scavenges: ['--min-semi-space-size=1', '--max-semi-space-size=1'] };
try {
  for (let run = 0; run < 3; run++) {
    for (const [mode, flags] of Object.entries(modes)) {
      const out = execFileSync(process.execPath, ['--single-threaded', '--expose-gc', ...flags, replay, recording], { encoding: 'utf8' });
      type Figures = { young: number; old: number; gcs: number };
      const r = JSON.parse(out) as { claims: number; placed: number; parse: Figures; place: Figures };
      const kB = (f: Figures) => `young ${(f.young / 1024).toFixed(1)} kB, old ${(f.old / 1024).toFixed(1)} kB (GCs ${f.gcs})`;
      console.log(
        mode === 'bytes'
          ? `run ${run} bytes: ${r.claims} claims, ${r.placed} placed; parseJudgeReply ${kB(r.parse)}; claimsOn ${kB(r.place)}`
          : `run ${run} scavenges (1 MB semi-space): parseJudgeReply ${r.parse.gcs}, claimsOn ${r.place.gcs}`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
