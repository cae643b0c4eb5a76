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

/** Rects with content: elements' empty boxes and collapsed spaces would misplace the badge. */
const textRects = (range: Range) => [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);

/**
 * Reads where `range` sits relative to `origin` (the overlay host): its line boxes, the end of the text on
 * its last line, and its paragraph's edges and last line. Null when the claim is not laid out.
 */
export function spotOf(range: Range, origin: DOMRect): Spot | null {
  const lines = textRects(range).map((r) => boxOf(r, origin));
  const endLine = lines[lines.length - 1];
  const block = blockOf(range.endContainer);
  if (!endLine || !block) return null;
  const rest = document.createRange();
  rest.setStart(range.endContainer, range.endOffset);
  rest.setEnd(block, block.childNodes.length);
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
