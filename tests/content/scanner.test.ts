import { afterEach, expect, test } from 'vitest';
import { collectText } from '../../entrypoints/content/collect';
import { paint, unpaint } from '../../entrypoints/content/marks';
import { scan as scanWith, type PageClaim } from '../../entrypoints/content/scanner';
import { claimsToMark, onePerSentence } from '../../lib/page-claims';
import { joinPieces } from '../../lib/page-text';

/** The content script's scan with the detector in place of the background (what the background runs). */
const scan = async (root: Node, ownHost: Element | null) => (await scanWith(root, ownHost, async (text) => claimsToMark(text))).found;
import type { Claim } from '../../lib/detect/types';

afterEach(() => {
  unpaint();
  document.body.innerHTML = '';
});

const page = (html: string) => {
  document.body.innerHTML = html;
  return document.body;
};

test('reads prose from text nodes and skips scripts, styles, fields, editable, hidden and our own UI', () => {
  const body = page(`
    <p>Visible <b>bold</b> text.</p>
    <script>var lose = "back fat";</script><style>p{}</style>
    <textarea>typed</textarea><div contenteditable="true">draft</div>
    <div contenteditable><p><i>nested note</i></p></div><div contenteditable="PLAINTEXT-ONLY">plain</div>
    <div hidden>hidden</div><div aria-hidden="true">decor</div>
    <div id="own">our card</div><svg><text>chart label</text></svg>
    <p>Second block.</p>`);
  const { pieces, nodes } = collectText(body, document.getElementById('own'));
  const text = pieces.map((p) => p.text).join('|');
  expect(text).toContain('Visible |bold| text.');
  expect(text).toContain('Second block.');
  for (const hidden of ['lose', 'p{}', 'typed', 'draft', 'nested note', 'plain', 'hidden', 'decor', 'our card', 'chart label']) expect(text).not.toContain(hidden);
  expect(nodes).toHaveLength(pieces.length);
  // An inline element continues its paragraph; a new <p> starts a block.
  expect(pieces.map((p) => p.newBlock)).toEqual(pieces.map((p) => p.text === 'Visible ' || p.text === 'Second block.'));
});

test('a <br> is a line break the reader sees: the text after it starts a line of its own', () => {
  // Joined without one, "Flat belly in 7 days<br>Order now" read "daysOrder": a fused word and one long sentence.
  const body = page('<p>Flat belly in 7 days<br>Order now<br><br><b>Free</b> shipping</p><p>Next.</p>');
  expect(joinPieces(collectText(body, null).pieces).text).toBe('Flat belly in 7 days\nOrder now\nFree shipping\nNext.');
});

test('a claim split across inline elements gets one range covering exactly its sentence', async () => {
  const body = page('<h1>Summer arms</h1><p>Intro line.</p><p>These five moves <em>melt back fat</em> and smooth your <a href="#">bra-line</a> fast! Then rest.</p>');
  const found = await scan(body, null);
  expect(found).toHaveLength(1);
  expect(found[0]!.claim.myth).toBe('spot-reduction');
  expect(found[0]!.range.toString()).toBe('These five moves melt back fat and smooth your bra-line fast!');
});

test('a debunking page, a technique page and an off-topic page give no claims', async () => {
  expect(await scan(page('<p>Spot reduction is a myth: no exercise can target back fat on its own.</p><p>Rows build the muscle under it.</p>'), null)).toEqual([]);
  expect(await scan(page('<p>Keep your back flat, pull the dumbbell to your hip and pause for a second at the top.</p>'), null)).toEqual([]);
  expect(await scan(page('<p>Preheat the oven and fold the butter into the flour.</p>'), null)).toEqual([]);
});

test('one sentence promising two myths gets one mark, for the surest myth', () => {
  const claim = (myth: Claim['myth'], start: number, confidence: number): Claim => ({ myth, start, end: start + 5, sentence: 's', confidence });
  const picked = onePerSentence([claim('spot-reduction', 10, 0.65), claim('rapid-fix', 10, 0.85), claim('magic-product', 0, 0.6)]);
  expect(picked.map((c) => c.myth)).toEqual(['magic-product', 'rapid-fix']);
});

test('without the Highlight API, marks wrap the claim text and unpainting restores the page exactly', async () => {
  expect('highlights' in CSS).toBe(false); // happy-dom has no Highlight API: this is the fallback path
  const html = '<p>Intro.</p><p>These moves <em>melt back fat</em> in no time! Next sentence.</p>';
  const body = page(html);
  const found = await scan(body, null);
  expect(found).toHaveLength(1);
  paint(found);
  const marks = body.querySelectorAll('mark[data-reality-check-mark]');
  expect([...marks].map((m) => m.textContent).join('')).toBe('These moves melt back fat in no time!');
  expect(body.textContent).toBe('Intro.These moves melt back fat in no time! Next sentence.');
  expect(found[0]!.range.toString()).toBe('These moves melt back fat in no time!');
  unpaint();
  expect(body.innerHTML).toBe(html);
  expect(body.querySelectorAll('p')[1]!.childNodes).toHaveLength(3);
});

test('a page changed while its text was judged gets no stale range', async () => {
  const body = page('<p>These five moves melt back fat and smooth your bra-line fast!</p>');
  const { found } = await scanWith(body, null, async (text) => {
    body.querySelector('p')!.firstChild!.textContent = 'Something else entirely now, much longer than before it was.';
    return claimsToMark(text);
  });
  expect(found).toEqual([]);
});

/**
 * Scans `body`, counting the scan's reads of a Text node's `data` from when the page is judged (after `change`,
 * if any) until the scan ends; happy-dom's own reads inside Range.setStart/setEnd are not the scan's.
 */
async function dataReadsAfterJudging(body: HTMLElement, change?: () => void): Promise<{ reads: number; found: string[] }> {
  const proto = Object.getPrototypeOf(Text.prototype) as object;
  const data = Object.getOwnPropertyDescriptor(proto, 'data')!;
  const { setStart, setEnd } = Range.prototype;
  let reads = 0;
  let inRange = false;
  const quiet = (set: typeof setStart) =>
    function (this: Range, node: Node, offset: number) {
      inRange = true;
      set.call(this, node, offset);
      inRange = false;
    };
  let found: PageClaim[];
  try {
    ({ found } = await scanWith(body, null, async (text) => {
      change?.();
      Object.defineProperty(proto, 'data', { ...data, get: function (this: Text) { reads += inRange ? 0 : 1; return data.get!.call(this); } });
      Object.assign(Range.prototype, { setStart: quiet(setStart), setEnd: quiet(setEnd) });
      return claimsToMark(text);
    }));
  } finally {
    Object.defineProperty(proto, 'data', data);
    Object.assign(Range.prototype, { setStart, setEnd });
  }
  return { reads, found: found.map((f) => f.range.toString()) };
}

test('a page that changed nothing while it was judged is not read again to build its ranges', async () => {
  const body = page('<p>These five moves melt back fat!</p><p>Burn thigh fat in 7 days with this one drink.</p>');
  expect(await dataReadsAfterJudging(body)).toEqual({ reads: 0, found: ['These five moves melt back fat!', 'Burn thigh fat in 7 days with this one drink.'] });
});

test('a change elsewhere on the page while it was judged keeps the ranges of the text that did not change', async () => {
  const body = page('<p>These five moves melt back fat!</p><p id="x">Burn thigh fat in 7 days with this one drink.</p><p id="y">Other.</p>');
  const { found } = await dataReadsAfterJudging(body, () => (document.getElementById('y')!.firstChild!.textContent = 'Changed.'));
  expect(found).toEqual(['These five moves melt back fat!', 'Burn thigh fat in 7 days with this one drink.']);
  const moved = await dataReadsAfterJudging(body, () => document.getElementById('x')!.remove());
  expect(moved.found).toEqual(['These five moves melt back fat!']);
});

test('reading stops at the budget and resumes after the last node read', () => {
  const body = page('<p>one one</p><p>two two</p><p>three</p>');
  const first = collectText(body, null, 10);
  expect(first.pieces.map((p) => p.text)).toEqual(['one one']);
  const rest = collectText(body, null, 100, first.resumeAfter);
  expect(rest.pieces.map((p) => p.text)).toEqual(['two two', 'three']);
});

test('line breaks between blocks count against the budget, so the joined text stays within it', () => {
  const body = page('<p>one one</p><p>two two</p>');
  expect(collectText(body, null, 14).pieces.map((p) => p.text)).toEqual(['one one']);
  expect(collectText(body, null, 15).pieces.map((p) => p.text)).toEqual(['one one', 'two two']);
});

test('a node longer than the budget is read only up to it, and the next batch resumes after that node', () => {
  const body = page(`<p>${'x'.repeat(50)}</p><p>after</p>`);
  const first = collectText(body, null, 20);
  expect(first.pieces.map((p) => p.text)).toEqual(['x'.repeat(20)]);
  expect(collectText(body, null, 20, first.resumeAfter).pieces.map((p) => p.text)).toEqual(['after']);
});

test('editable text is found by attribute, never through isContentEditable (it computes style: 17 s at 50,000 levels)', () => {
  const body = page('<div contenteditable="true"><p><b>draft</b></p></div><p>Kept.</p>');
  const spied = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'isContentEditable');
  let asked = 0;
  Object.defineProperty(HTMLElement.prototype, 'isContentEditable', { configurable: true, get: () => (asked++, false) });
  try {
    expect(collectText(body, null).pieces.map((p) => p.text)).toEqual(['Kept.']);
  } finally {
    if (spied) Object.defineProperty(HTMLElement.prototype, 'isContentEditable', spied);
    else delete (HTMLElement.prototype as { isContentEditable?: boolean }).isContentEditable;
  }
  expect(asked).toBe(0);
});

test('a document in design mode is not read', () => {
  const body = page('<p>These five moves melt back fat and smooth your bra-line fast!</p>');
  document.designMode = 'on';
  try {
    expect(collectText(body, null).pieces).toEqual([]);
  } finally {
    document.designMode = 'off';
  }
});

/** Runs `fn` counting the TreeWalkers the document creates (the walk makes one per scan). */
async function walksDuring(fn: () => Promise<unknown>): Promise<number> {
  const create = document.createTreeWalker;
  let walks = 0;
  document.createTreeWalker = (...args: Parameters<typeof create>) => (walks++, create.apply(document, args));
  try {
    await fn();
  } finally {
    document.createTreeWalker = create;
  }
  return walks;
}

test('a page without fitness vocabulary in its shown text is never walked, even when its styles and scripts have some', async () => {
  const body = page('<style>p{font-weight:bold}</style><script>var weight = 1;</script><p>Preheat the oven and fold the butter into the flour.</p>');
  expect(await walksDuring(() => scan(body, null))).toBe(0);
});

test('fitness vocabulary that starts a block right after another block still gets the page walked', async () => {
  // As textContent this reads "WeekWorkouts", where the gate's word boundary finds no stem.
  const body = page('<h2>Week</h2><p>Workouts for busy people.</p>');
  expect(await walksDuring(() => scan(body, null))).toBe(1);
});

test('a long off-topic page whose only fitness word is in its last paragraph is still walked and judged', async () => {
  const body = page(`${'<p>The council met on Tuesday to discuss the new bus timetable.</p>'.repeat(5_000)}<p>These five moves melt back fat!</p>`);
  let found: Awaited<ReturnType<typeof scan>> = [];
  expect(await walksDuring(async () => (found = await scan(body, null)))).toBe(1);
  expect(found.map((f) => f.range.toString())).toEqual(['These five moves melt back fat!']);
});

test('a walk enters at most maxElements elements and resumes inside the one it stopped in', () => {
  const body = page('<div><p>One.</p><p>Two <b>and</b> three.</p></div><p>Four.</p>');
  const first = collectText(body, null, Infinity, undefined, 2);
  expect(first.pieces.map((p) => p.text)).toEqual(['One.']);
  expect(first.stoppedIn).toBe(body.querySelectorAll('p')[1]);
  expect(first.resumeAfter).toBeUndefined();
  const rest = collectText(body, null, Infinity, first.stoppedIn);
  expect(rest.pieces).toEqual([
    { text: 'Two ', newBlock: true },
    { text: 'and', newBlock: false },
    { text: ' three.', newBlock: false },
    { text: 'Four.', newBlock: true },
  ]);
});

test('a changed part inside a hidden or editable box is not read, though the box itself is outside the part', () => {
  page('<div hidden><p id="a">These five moves melt back fat!</p></div><div contenteditable><p id="b">My draft about belly fat.</p></div><p id="c">Kept.</p>');
  for (const id of ['a', 'b']) expect(collectText(document.getElementById(id)!, null).pieces).toEqual([]);
  expect(collectText(document.getElementById('c')!, null).pieces.map((p) => p.text)).toEqual(['Kept.']);
});

test('elements without attributes are judged without reading any attribute', () => {
  const body = page('<article><h1>Title</h1><p>One <b>two</b> three.</p><ul><li>Four</li></ul></article>');
  const get = Element.prototype.getAttribute;
  const has = Element.prototype.hasAttribute;
  let reads = 0;
  Element.prototype.getAttribute = function (this: Element, name: string) {
    reads++;
    return get.call(this, name);
  };
  Element.prototype.hasAttribute = function (this: Element, name: string) {
    reads++;
    return has.call(this, name);
  };
  try {
    expect(collectText(body, null).pieces.map((p) => p.text)).toEqual(['Title', 'One ', 'two', ' three.', 'Four']);
  } finally {
    Element.prototype.getAttribute = get;
    Element.prototype.hasAttribute = has;
  }
  expect(reads).toBe(0);
});

test('a claim is placed without a Range: one is made when asked for, and until then a change to its text makes it gone', async () => {
  const body = page('<p>Intro.</p><p>These moves <em>melt back fat</em> in no time! Next sentence.</p><p>Melt belly fat in 7 days with this one drink!</p>');
  const [first, second] = await scan(body, null);
  const made = (f: unknown) => (f as { made: Range | null }).made;
  expect(made(first)).toBeNull();
  expect(first!.onPage(new Set())).toBe(true);
  // A made Range follows the page's edits; the claim stays.
  expect(first!.range.toString()).toBe('These moves melt back fat in no time!');
  body.querySelectorAll('p')[1]!.prepend('Wow. ');
  expect(first!.onPage(new Set())).toBe(true);
  expect(first!.range.toString()).toBe('These moves melt back fat in no time!');
  // An unmade one whose node changed (or was among a batch's changed roots) is gone, and marks nothing.
  const node = body.querySelectorAll('p')[2]!.firstChild as Text;
  expect(second!.onPage(new Set([node]))).toBe(false);
  node.insertData(0, 'Now: ');
  expect(second!.onPage(new Set())).toBe(false);
  expect(second!.range.collapsed).toBe(true);
});
