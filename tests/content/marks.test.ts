import { afterEach, beforeEach, expect, test } from 'vitest';
import { forget, isNear, paint, unpaint, type MarkedClaim } from '../../entrypoints/content/marks';
import { scan } from '../../entrypoints/content/scanner';
import { claimsToMark } from '../../lib/page-claims';

/** The Highlight API and IntersectionObserver as Chromium has them, which happy-dom lacks: what paint does there. */
type Report = (entries: { target: Element; isIntersecting: boolean }[]) => void;
interface Observer {
  report: Report;
  observed: Element[];
}
/** The observers made: the marks' watcher (its callback is marks.ts's onSeen) and any sampler of a long batch. */
let watchers: Observer[] = [];
let samplers: Observer[] = [];
const watcher = () => watchers[watchers.length - 1]!;
const highlights = new Map<string, Set<Range>>();
const css = Object.getOwnPropertyDescriptor(globalThis, 'CSS')!;

beforeEach(() => {
  Object.defineProperty(globalThis, 'CSS', { value: { highlights }, configurable: true });
  Object.assign(globalThis, {
    Highlight: class extends Set<Range> {
      constructor(...ranges: Range[]) {
        super(ranges);
      }
    },
    IntersectionObserver: class {
      private readonly self: Observer;
      constructor(callback: Report) {
        this.self = { report: callback, observed: [] };
        (callback.name === 'onSeen' ? watchers : samplers).push(this.self);
      }
      observe = (el: Element) => void this.self.observed.push(el);
      unobserve = (el: Element) => void (this.self.observed = this.self.observed.filter((o) => o !== el));
      disconnect = () => void (this.self.observed = []);
    },
  });
});

afterEach(() => {
  unpaint();
  Object.defineProperty(globalThis, 'CSS', css);
  highlights.clear();
  watchers = [];
  samplers = [];
  document.body.innerHTML = '';
});

async function paintedPage(): Promise<MarkedClaim[]> {
  document.body.innerHTML =
    '<p id="a">These five moves melt back fat and smooth your bra-line fast! Burn thigh fat in 7 days with this one drink.</p>' +
    '<p id="b">Lose belly fat in 3 days with this one tea.</p>';
  const { found } = await scan(document.body, null, async (text) => claimsToMark(text));
  expect(found.map((f) => f.element?.id)).toEqual(['a', 'a', 'b']);
  return found;
}

test('claims are watched through their paragraphs, each once, and only a paragraph near the viewport has its marks shown', async () => {
  const found = await paintedPage();
  await paint(found);
  expect(watcher().observed.map((el) => el.id)).toEqual(['a', 'b']);
  expect(highlights.get('reality-check')).toBeUndefined();
  watcher().report([{ target: watcher().observed[0]!, isIntersecting: true }, { target: watcher().observed[1]!, isIntersecting: false }]);
  expect([...highlights.get('reality-check')!].map((r) => r.toString())).toEqual(found.slice(0, 2).map((f) => f.claim.sentence));
  expect(found.map(isNear)).toEqual([true, true, false]);
  // A claim whose text left is taken out of the marks; its paragraph is watched until its last claim goes.
  forget([found[0]!]);
  expect(highlights.get('reality-check')!.size).toBe(1);
  expect(watcher().observed.map((el) => el.id)).toEqual(['a', 'b']);
  forget([found[1]!]);
  expect(watcher().observed.map((el) => el.id)).toEqual(['b']);
  expect(highlights.get('reality-check')!.size).toBe(0);
});

test('painting asks no text node for its parent: the walk read each paragraph already', async () => {
  const found = await paintedPage();
  const proto = Node.prototype;
  const parent = Object.getOwnPropertyDescriptor(proto, 'parentElement')!;
  let asked = 0;
  Object.defineProperty(proto, 'parentElement', { ...parent, get(this: Node) { asked += this.nodeType === Node.TEXT_NODE ? 1 : 0; return parent.get!.call(this); } });
  try {
    await paint(found);
  } finally {
    Object.defineProperty(proto, 'parentElement', parent);
  }
  expect(asked).toBe(0);
  expect(watcher().observed).toHaveLength(2);
});

test('paragraphs are watched after the page got a turn, and one whose claims left before its turn never is', async () => {
  const found = await paintedPage();
  const watched = paint(found);
  expect(watcher().observed).toEqual([]);
  forget(found.slice(0, 2));
  await watched;
  expect(watcher().observed.map((el) => el.id)).toEqual(['b']);
  unpaint();
  const again = paint(found.slice(2));
  unpaint();
  await again;
  expect(watcher().observed).toEqual([]);
});

/** One turn of the page: a timer, after every microtask queued before it. */
const turn = () => new Promise((ok) => setTimeout(ok, 0));

test('a long batch watches the paragraphs near the viewport first, found by a sampled observer, and the rest when the page is idle', async () => {
  const idle: (() => void)[] = [];
  let asked = 0;
  const rIC = globalThis.requestIdleCallback;
  globalThis.requestIdleCallback = (run: IdleRequestCallback) => {
    asked++;
    return idle.push(() => run({} as IdleDeadline));
  };
  try {
    document.body.innerHTML = Array.from({ length: 300 }, (_, i) => `<p id="p${i}">Lose belly fat in 3 days with this one tea.</p>`).join('');
    const { found } = await scan(document.body, null, async (text) => claimsToMark(text));
    expect(found).toHaveLength(300);
    let settled = false;
    const watched = paint(found).then(() => void (settled = true));
    const [sampler] = samplers;
    // Every 64th claim's paragraph is sampled; nothing is watched before the sample says where the viewport is.
    expect(sampler!.observed.map((el) => el.id)).toEqual(['p0', 'p64', 'p128', 'p192', 'p256']);
    expect(watcher().observed).toEqual([]);
    const before = asked;
    sampler!.report(sampler!.observed.map((target) => ({ target, isIntersecting: target.id === 'p128' })));
    // The near claims are all watched once the slicing asks for idle time again (the rest waits for it). Not
    // after a fixed number of turns: a slice stops after SLICE_MS, so a busy machine takes more of them.
    while (asked === before && !settled) await turn();
    const ids = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `p${from + i}`);
    expect(watcher().observed.map((el) => el.id)).toEqual(ids(64, 192));
    // Idle time is given whenever asked for, until every claim is watched.
    while (!settled) {
      idle.shift()?.();
      await turn();
    }
    await watched;
    expect(watcher().observed.map((el) => el.id)).toEqual([...ids(64, 192), ...ids(0, 64), ...ids(192, 300)]);
  } finally {
    globalThis.requestIdleCallback = rIC;
  }
});
