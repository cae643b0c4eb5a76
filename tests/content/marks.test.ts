import { afterEach, beforeEach, expect, test } from 'vitest';
import { forget, isNear, paint, unpaint, type MarkedClaim } from '../../entrypoints/content/marks';
import { scan } from '../../entrypoints/content/scanner';
import { claimsToMark } from '../../lib/page-claims';

/** The Highlight API and IntersectionObserver as Chromium has them, which happy-dom lacks: what paint does there. */
let observed: Element[] = [];
let report: ((entries: { target: Element; isIntersecting: boolean }[]) => void) | null = null;
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
      constructor(callback: typeof report) {
        report = callback;
      }
      observe = (el: Element) => void observed.push(el);
      unobserve = (el: Element) => void (observed = observed.filter((o) => o !== el));
      disconnect = () => void (observed = []);
    },
  });
});

afterEach(() => {
  unpaint();
  Object.defineProperty(globalThis, 'CSS', css);
  highlights.clear();
  observed = [];
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
  expect(observed.map((el) => el.id)).toEqual(['a', 'b']);
  expect(highlights.get('reality-check')).toBeUndefined();
  report!([{ target: observed[0]!, isIntersecting: true }, { target: observed[1]!, isIntersecting: false }]);
  expect([...highlights.get('reality-check')!].map((r) => r.toString())).toEqual(found.slice(0, 2).map((f) => f.claim.sentence));
  expect(found.map(isNear)).toEqual([true, true, false]);
  // A claim whose text left is taken out of the marks; its paragraph is watched until its last claim goes.
  forget([found[0]!]);
  expect(highlights.get('reality-check')!.size).toBe(1);
  expect(observed.map((el) => el.id)).toEqual(['a', 'b']);
  forget([found[1]!]);
  expect(observed.map((el) => el.id)).toEqual(['b']);
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
  expect(observed).toHaveLength(2);
});

test('paragraphs are watched after the page got a turn, and one whose claims left before its turn never is', async () => {
  const found = await paintedPage();
  const watched = paint(found);
  expect(observed).toEqual([]);
  forget(found.slice(0, 2));
  await watched;
  expect(observed.map((el) => el.id)).toEqual(['b']);
  unpaint();
  const again = paint(found.slice(2));
  unpaint();
  await again;
  expect(observed).toEqual([]);
});
