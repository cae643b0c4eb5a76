import type { Box } from './place';
import type { Spot } from './store';

const boxOf = (r: DOMRect, o: DOMRect): Box => ({ top: r.top - o.top, left: r.left - o.left, right: r.right - o.left, bottom: r.bottom - o.top });

/** The nearest ancestor laid out as a block: the claim's paragraph, list item or cell. */
function blockOf(node: Node): Element | null {
  for (let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (!getComputedStyle(el).display.startsWith('inline')) return el;
  }
  return null;
}

/**
 * How much of the claim's paragraph after it is measured: getClientRects lays out all the text a range covers,
 * and a page can put 50 MB in one paragraph's text node (24 s of the tab's main thread, hostile e2e). The
 * lines an ordinary paragraph shows after a claim are well within it.
 */
const REST_CHARS = 2000;

/** Where the stretch measured after a claim ends: REST_CHARS characters of text on, or the paragraph's end. */
function restEnd(range: Range, block: Element): [Node, number] {
  const end = range.endContainer;
  const whole: [Node, number] = [block, block.childNodes.length];
  if (end.nodeType !== Node.TEXT_NODE) return whole;
  let left = REST_CHARS - ((end as Text).length - range.endOffset);
  if (left <= 0) return [end, range.endOffset + REST_CHARS];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  walker.currentNode = end;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (n.length >= left) return [n, left];
    left -= n.length;
  }
  return whole;
}

/** Rects with content: elements' empty boxes and collapsed spaces would misplace the badge. */
const textRects = (range: Range) => [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);

/**
 * Whether the page renders the text right inside `parent` (`options` as checkVisibility's). checkVisibility
 * answers for the element's own box, so a content-visibility: hidden element, shown itself while what it
 * holds is skipped, is asked for apart.
 */
export const rendersTextIn = (parent: Element, options?: CheckVisibilityOptions): boolean =>
  parent.checkVisibility?.(options) !== false && getComputedStyle(parent).contentVisibility !== 'hidden';

/**
 * Whether the page renders the text `range` ends in. A claim in a part it does not (display: none,
 * content-visibility: hidden) has no spot, and asking for its rects would lay that part out for us: 50 MB of
 * hidden text took the tab's thread 24 s.
 */
function isRendered(range: Range): boolean {
  const parent = range.endContainer.parentElement;
  return !parent || rendersTextIn(parent);
}

/**
 * Reads where `range` sits relative to `origin` (the overlay host): its line boxes, the end of the text on
 * its last line, and its paragraph's edges and last line (within REST_CHARS after the claim). Null when the
 * claim is not laid out or not rendered.
 */
export function spotOf(range: Range, origin: DOMRect): Spot | null {
  if (!isRendered(range)) return null;
  const lines = textRects(range).map((r) => boxOf(r, origin));
  const endLine = lines[lines.length - 1];
  const block = blockOf(range.endContainer);
  if (!endLine || !block) return null;
  const rest = document.createRange();
  rest.setStart(range.endContainer, range.endOffset);
  rest.setEnd(...restEnd(range, block));
  const after = textRects(rest).map((r) => boxOf(r, origin));
  const endOf = (line: Box) => Math.max(line.right, ...after.filter((b) => b.top < line.bottom && line.top < b.bottom).map((b) => b.right));
  const lowest = after.reduce((a, b) => (b.top >= a.top ? b : a), endLine);
  const column = block.getBoundingClientRect();
  return {
    lines,
    lineEnd: endOf(endLine),
    lastLine: { ...lowest, right: endOf(lowest) },
    blockLeft: column.left - origin.left,
    blockRight: column.right - origin.left,
  };
}
