/**
 * The replay flagger-alloc.ts runs in a fresh node: parseJudgeReply and claimsOn, once each as on the page,
 * over a recorded page's pieces and reply. Prints the bytes each allocated, young (the objects it made) and
 * old (mostly the compiler's: optimised code, bytecode, feedback, which move with the code's shape), and the
 * scavenges during it.
 */
import { readFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import { claimsOn } from '../../../../entrypoints/content/marks';
import { parseJudgeReply } from '../../../../lib/messages';
import { joinPieces, type Piece } from '../../../../lib/page-text';

const { pieces, reply } = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as { pieces: Piece[]; reply: unknown };
// Stand-ins for the text nodes, with the fields claimsOn reads: the DOM's own cost is not ours to count.
const nodes = pieces.map((p) => ({ data: p.text, length: p.text.length, isConnected: true })) as unknown as Text[];
const parents = pieces.map(() => null);
const joined = joinPieces(pieces);

const gcs: number[] = [];
const observer = new PerformanceObserver((list) => gcs.push(...list.getEntries().map((e) => e.startTime)));
observer.observe({ entryTypes: ['gc'] });
const YOUNG = new Set(['new_space', 'new_large_object_space']);
/** Heap used: young generation and the rest. */
function used(): { young: number; old: number } {
  const u = { young: 0, old: 0 };
  for (const s of getHeapSpaceStatistics()) u[YOUNG.has(s.space_name) ? 'young' : 'old'] += s.space_used_size;
  return u;
}
const collect = (globalThis as unknown as { gc: () => void }).gc;

/** Bytes `run` allocated (exact while no GC ran during it) and the span it ran in. */
function counted<T>(run: () => T): { result: T; young: number; old: number; from: number; to: number } {
  collect();
  const from = performance.now();
  const before = used();
  const result = run();
  const after = used();
  return { result, young: after.young - before.young, old: after.old - before.old, from, to: performance.now() };
}

const parsed = counted(() => parseJudgeReply(reply, joined.text)!);
const placed = counted(() => claimsOn(parsed.result, joined, { pieces, nodes, parents }));
setTimeout(() => {
  observer.disconnect();
  const inside = (c: { from: number; to: number }) => gcs.filter((t) => t >= c.from && t <= c.to).length;
  const figures = (c: typeof parsed | typeof placed) => ({ young: c.young, old: c.old, gcs: inside(c) });
  console.log(JSON.stringify({ claims: parsed.result.length, placed: placed.result.length, parse: figures(parsed), place: figures(placed) }));
}, 50);
