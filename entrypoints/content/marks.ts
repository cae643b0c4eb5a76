import type { Claim } from '../../lib/detect/types';
import { offsetIn, pieceAt, type JoinedText } from '../../lib/page-text';
import type { Collected } from './collect';
import type { PageClaim } from './scanner';
import { whenIdle, yieldToPage } from './yield';

const NAME = 'reality-check';
/** The claim whose card is open: marked apart, so the card need not point across other claims' text to it. */
const CURRENT = 'reality-check-current';

/**
 * What one batch's claims were placed over, shared by them: the text nodes read, where each piece starts in the
 * joined text, and each node's length when placed (its text changed since if its length did). A claim keeps
 * two piece numbers into it instead of its nodes, offsets and lengths: on the 1 MB bench page the offsets and
 * those nodes' `length` reads were made for all 10,000 claims at once, while only the few that come near
 * ever get a Range. Kept as long as one of its claims is.
 */
interface Placed {
  joined: JoinedText;
  lengths: readonly number[];
  nodes: readonly Text[];
  parents: readonly (Element | null)[];
  sizes: ArrayLike<number>;
}

/**
 * A claim found on the page. Its live Range is made on first use (its element coming near the viewport,
 * measuring it, its card), not for every claim at once: 11,112 Ranges cost the 1 MB bench page about 20 ms,
 * and the document updates every live Range on each later change.
 */
export class MarkedClaim implements PageClaim {
  private made: Range | null = null;
  /** The element paint watches this claim through (its Range may since have moved): the claim holds it, no side table. */
  watched: Element | null = null;
  /** Painted but not watched yet (paint watches claims in slices); false again once watched or forgotten. */
  queued = false;

  /** `start` and `end`: the pieces of `placed` the claim starts and ends in. */
  constructor(
    readonly claim: Claim,
    private readonly placed: Placed,
    private readonly start: number,
    private readonly end: number,
  ) {}

  /**
   * The element the claim starts in: watched for nearness before any Range exists. Until then the one the walk
   * read: asking each text node again made a wrapper per paragraph in our world (1 MB page: 4,170 of them).
   */
  get element(): Element | null {
    return this.made ? this.made.startContainer.parentElement : this.placed.parents[this.start]!;
  }

  get range(): Range {
    if (!this.made) {
      this.made = new Range();
      // Text the page changed since it was read marks nothing (a batch finds it gone and reads it again).
      if (this.unchanged()) {
        const { joined, lengths, nodes } = this.placed;
        this.made.setStart(nodes[this.start]!, offsetIn(joined, lengths, this.start, this.claim.start));
        this.made.setEnd(nodes[this.end]!, offsetIn(joined, lengths, this.end, this.claim.end));
      }
    }
    return this.made;
  }

  /**
   * Whether the claim still lies on the page's text. A made Range follows the page's edits: when its nodes
   * are removed it does not leave the page but moves to their parent (connected, collapsed or no longer
   * starting in text). Before that, the claim holds while its nodes are on the page, unchanged and not among
   * `changed` (text nodes whose text changed, being read again).
   */
  onPage(changed: ReadonlySet<Node>): boolean {
    const r = this.made;
    if (r) return !r.collapsed && r.startContainer.nodeType === Node.TEXT_NODE && r.startContainer.isConnected;
    const { nodes } = this.placed;
    return this.unchanged() && !changed.has(nodes[this.start]!) && !changed.has(nodes[this.end]!);
  }

  private unchanged(): boolean {
    const { nodes, sizes } = this.placed;
    const start = nodes[this.start]!;
    const end = nodes[this.end]!;
    return start.isConnected && end.isConnected && start.length === sizes[this.start] && end.length === sizes[this.end];
  }
}

/**
 * The claims, placed by their offsets in the joined text over the original text nodes; a claim is left out
 * when the page changed the part of its nodes that was read. `changed` false says the page changed nothing
 * since the read, and the nodes are not read again.
 */
export function claimsOn(claims: readonly Claim[], joined: JoinedText, { pieces, nodes, parents }: Collected, changed = true): MarkedClaim[] {
  const lengths = pieces.map((p) => p.text.length);
  // A piece is its node's whole text, unless it is only the start of a node longer than a batch (then the
  // only piece): where nothing changed since the read, the read gives the nodes' lengths without asking them.
  const sizes = changed || pieces.length === 1 ? new Uint32Array(pieces.length) : lengths;
  // A piece's start must be unchanged. Checked once per piece: each `data` read copies the node's text, and a
  // paragraph holds several claims.
  const checked = new Uint8Array(pieces.length);
  const unchanged = (i: number) => {
    if (sizes === lengths) return true;
    if (!checked[i]) {
      const node = nodes[i]!;
      checked[i] = !changed || (node.isConnected && node.data.startsWith(pieces[i]!.text)) ? 1 : 2;
      (sizes as Uint32Array)[i] = node.length;
    }
    return checked[i] === 1;
  };
  const placed: Placed = { joined, lengths, nodes, parents, sizes };
  const found: MarkedClaim[] = [];
  // The background answers in page order: each search steps on from the last claim's piece.
  let from = 0;
  for (const c of claims) {
    const a = pieceAt(joined, c.start, false, from);
    const b = a < 0 ? -1 : pieceAt(joined, c.end, true, a);
    if (b < 0 || !unchanged(a) || !unchanged(b)) continue;
    from = a;
    found.push(new MarkedClaim(c, placed, a, b));
  }
  return found;
}

let style: HTMLStyleElement | null = null;

const hasHighlights = () => typeof CSS !== 'undefined' && 'highlights' in CSS;

/**
 * Only marks within a screen of the viewport are in the highlight: Chromium prepares every range of a
 * highlight in the frame that changes it (a 1 MB page with 2,967 claims spent 40-80 ms in one frame's
 * pre-paint), so each claim's element is watched and its ranges join the highlight as it comes near.
 */
const NEAR = '100% 0px';
let watcher: IntersectionObserver | null = null;
const claimsOf = new Map<Element, MarkedClaim[]>();
const near = new Set<Element>();

/** Puts one range in the highlight or takes it out; the highlight exists only once a mark is shown. */
function show(range: Range, on: boolean): void {
  const marks = CSS.highlights.get(NAME);
  if (!on) marks?.delete(range);
  else if (marks) marks.add(range);
  else CSS.highlights.set(NAME, new Highlight(range));
}

let comingNear: (() => void) | null = null;

/** Has `listener` told (after the observer's batch) whenever claims come within a screen of the viewport. */
export const onComingNear = (listener: (() => void) | null) => void (comingNear = listener);

/** Whether a painted range is within a screen of the viewport; always where marks are wrapped (nothing is watched). */
export const isNear = (claim: PageClaim): boolean => !watcher || (claim instanceof MarkedClaim && !!claim.watched && near.has(claim.watched));

function onSeen(entries: IntersectionObserverEntry[]): void {
  let came = false;
  for (const { target, isIntersecting } of entries) {
    // The observer's first report covers every watched element: a far one that was never near changes
    // nothing (taking its ranges out of the highlight one by one cost 11 ms for 10,000 claims).
    if (isIntersecting === near.has(target)) continue;
    if (isIntersecting) near.add(target);
    else near.delete(target);
    came ||= isIntersecting;
    for (const c of claimsOf.get(target) ?? []) show(c.range, isIntersecting);
  }
  if (came) comingNear?.();
}

/**
 * Claims waiting to be watched. Watching a claim's paragraph costs its bookkeeping and, for the paragraph's
 * first claim, an IntersectionObserver observe (about 5 µs in Chromium), and every frame whose layout changed
 * computes every watched element again (the 1 MB page's 4,170 paragraphs: 5-10 ms a frame, in each of the
 * frames that show the overlay). So the claims near the viewport are watched first (`soon`, in slices of at
 * most SLICE_MS, the page getting a turn before each) and the rest in idle time (`later`, page order).
 */
const soon: MarkedClaim[] = [];
const later: MarkedClaim[] = [];
let soonAt = 0;
let laterAt = 0;
let watching: Promise<void> | null = null;
const SLICE_MS = 8;
/** Resolves the wait for idle time when claims near the viewport were found meanwhile. */
let wake: (() => void) | null = null;

async function watchQueued(): Promise<void> {
  while (soonAt < soon.length || laterAt < later.length) {
    if (soonAt < soon.length) await yieldToPage();
    else await Promise.race([whenIdle(), new Promise<void>((ok) => (wake = ok))]);
    wake = null;
    const end = performance.now() + SLICE_MS;
    const list = soonAt < soon.length ? soon : later;
    let at = list === soon ? soonAt : laterAt;
    while (at < list.length) {
      const c = list[at++]!;
      if (c.queued) watch(c);
      if (!(at & 63) && performance.now() > end) break;
    }
    if (list === soon) soonAt = at;
    else laterAt = at;
  }
  soon.length = later.length = soonAt = laterAt = 0;
  watching = null;
}

/** A long batch is sampled every SAMPLE claims to find where the viewport is. */
const SAMPLE = 64;
let sampler: IntersectionObserver | null = null;

/**
 * Finds which of a long batch's claims are near the viewport without reading layout: a second observer
 * watches every SAMPLE-th claim's element for one report, and the claims around those near are watched
 * first. Claims in page order lie in layout order on most pages; where they do not, near ones are only
 * watched a little later, in idle time.
 */
function sampleNear(claims: readonly MarkedClaim[]): void {
  const picked = new Map<Element, number>();
  for (let i = 0; i < claims.length; i += SAMPLE) {
    const el = claims[i]!.element;
    if (el && !picked.has(el)) picked.set(el, i);
  }
  const observer = new IntersectionObserver((entries) => {
    observer.disconnect();
    if (sampler === observer) sampler = null;
    for (const { target, isIntersecting } of entries) {
      const i = picked.get(target);
      if (!isIntersecting || i === undefined) continue;
      for (let j = Math.max(0, i - SAMPLE); j < Math.min(claims.length, i + SAMPLE); j++) if (claims[j]!.queued) soon.push(claims[j]!);
    }
    wake?.();
  }, { rootMargin: NEAR });
  sampler?.disconnect();
  sampler = observer;
  for (const el of picked.keys()) observer.observe(el);
}

/** Watches `c`'s element (once per element), showing its mark at once if the element is near already. */
function watch(c: MarkedClaim): void {
  c.queued = false;
  const el = c.element;
  if (!el) return;
  c.watched = el;
  const list = claimsOf.get(el);
  if (!list) {
    claimsOf.set(el, [c]);
    watcher?.observe(el);
  } else {
    list.push(c);
    if (near.has(el)) show(c.range, true);
  }
}

/**
 * Marks claims with the CSS Custom Highlight API: no element is wrapped, so the page's DOM and its scripts
 * are untouched. Only where the API is missing (older engines) are the claim's text nodes wrapped in marks.
 * Resolves once every claim is watched.
 */
export function paint(claims: readonly MarkedClaim[]): Promise<void> {
  if (!hasHighlights()) {
    for (const c of claims) wrap(c.range);
    return Promise.resolve();
  }
  if (!style?.isConnected) {
    // The one rule painting needs in the page's own tree (highlights take the document's styles), unnamed.
    style = document.createElement('style');
    style.textContent = `${HIGHLIGHT_ON}::highlight(${NAME}){${MARK_STYLE}}${HIGHLIGHT_ON}::highlight(${CURRENT}){${CURRENT_STYLE}}`;
    (document.head ?? document.documentElement).append(style);
  }
  watcher ??= new IntersectionObserver(onSeen, { rootMargin: NEAR });
  for (const c of claims) c.queued = true;
  const queue = claims.length <= 2 * SAMPLE ? soon : later;
  for (const c of claims) queue.push(c);
  if (queue === later) sampleNear(claims);
  return (watching ??= watchQueued());
}

/**
 * Takes claims whose text left the page out of the marks (their nodes took any wrapped mark with them); an
 * element left without claims is no longer watched.
 */
export function forget(claims: readonly MarkedClaim[]): void {
  for (const c of claims) {
    if (c.queued) {
      c.queued = false;
      continue;
    }
    const el = c.watched;
    const list = el && claimsOf.get(el);
    const at = list ? list.indexOf(c) : -1;
    if (!el || !list || at < 0) continue;
    // Only a claim that came near has a Range in the highlight.
    if (near.has(el)) show(c.range, false);
    list.splice(at, 1);
    if (list.length) continue;
    claimsOf.delete(el);
    near.delete(el);
    watcher?.unobserve(el);
  }
}

/** Marks the claim whose card is open (null: none), above the other marks. */
export function markCurrent(range: Range | null): void {
  if (!hasHighlights()) return;
  if (!range) return void CSS.highlights.delete(CURRENT);
  const h = new Highlight(range);
  h.priority = 1;
  CSS.highlights.set(CURRENT, h);
}

export function unpaint(): void {
  if (hasHighlights()) CSS.highlights.delete(NAME);
  markCurrent(null);
  watcher?.disconnect();
  watcher = null;
  claimsOf.clear();
  near.clear();
  for (const c of [...soon, ...later]) c.queued = false;
  soon.length = later.length = soonAt = laterAt = 0;
  sampler?.disconnect();
  sampler = null;
  style?.remove();
  style = null;
  for (const mark of document.querySelectorAll(`mark[${MARK_ATTR}]`)) {
    const parent = mark.parentNode;
    mark.replaceWith(...mark.childNodes);
    // Rejoins the text we split; live ranges follow the merge.
    parent?.normalize();
  }
}

/**
 * Where the marks' rules sit. Adding them restyles the whole document once, and in Chromium each element then
 * resolves its own highlight style: on the 1 MB bench page (4,640 elements) a universal `::highlight()` rule
 * took that recalc 37.6-38.8 ms CPU, one on `:root` 23.5-27.6 (medians of 5; a rule matching nothing, 1.3-1.8).
 * Chromium's highlight inheritance carries the root's highlight style to all text; Firefox (ESR 153) has none
 * and paints nothing from a `:root` rule, so there the rule stays universal.
 */
const HIGHLIGHT_ON = import.meta.env.FIREFOX ? '' : ':root';
const MARK_STYLE = 'background-color:rgba(255,196,0,.38);text-decoration:underline wavy #b45309;text-decoration-thickness:1px';
// Text keeps the contrast of every mark (light text on a dark page included); a thick solid underline, 3:1 on white and on black, sets it apart.
const CURRENT_STYLE = 'background-color:rgba(255,196,0,.15);text-decoration:underline solid #d97706;text-decoration-thickness:3px;text-underline-offset:3px';
const MARK_ATTR = 'data-reality-check-mark';

/** The fallback: wraps each text node slice inside `range` in a styled mark, then re-spans the range over them. */
function wrap(range: Range): void {
  const root = range.commonAncestorContainer;
  const texts: Text[] = [];
  if (root.nodeType === Node.TEXT_NODE) texts.push(root as Text);
  else {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) texts.push(n as Text);
  }
  // Offsets first: splitting and moving nodes below changes the live range.
  const slices = texts.map((t) => ({
    text: t,
    from: t === range.startContainer ? range.startOffset : 0,
    to: t === range.endContainer ? range.endOffset : t.data.length,
  }));
  const wrapped: Text[] = [];
  for (const { text, from, to } of slices) {
    if (to <= from || !text.parentNode) continue;
    if (to < text.data.length) text.splitText(to);
    const piece = from > 0 ? text.splitText(from) : text;
    const mark = document.createElement('mark');
    mark.setAttribute(MARK_ATTR, '');
    mark.style.cssText = `${MARK_STYLE};color:inherit`;
    piece.parentNode!.insertBefore(mark, piece);
    mark.append(piece);
    wrapped.push(piece);
  }
  const first = wrapped[0];
  const last = wrapped[wrapped.length - 1];
  if (first && last) {
    range.setStart(first, 0);
    range.setEnd(last, last.data.length);
  }
}
