import type { Claim } from '../../lib/detect/types';
import { locate, type JoinedText } from '../../lib/page-text';

const NAME = 'reality-check';
const STYLE_ID = 'reality-check-highlight-style';

/** Turns claim offsets in the joined text into live DOM Ranges over the original text nodes. */
export function rangesFor(claims: readonly Claim[], joined: JoinedText, nodes: readonly Text[]): Range[] {
  const lengths = nodes.map((n) => n.data.length);
  const ranges: Range[] = [];
  for (const c of claims) {
    const a = locate(joined, lengths, c.start);
    const b = locate(joined, lengths, c.end, true);
    if (!a || !b) continue;
    const range = new Range();
    try {
      range.setStart(nodes[a.piece]!, a.offset);
      range.setEnd(nodes[b.piece]!, b.offset);
      ranges.push(range);
    } catch {
      // The page changed the node between scan and mark; the next rescan picks it up.
    }
  }
  return ranges;
}

/**
 * Marks ranges with the CSS Custom Highlight API: no element is wrapped, so the page's DOM and its scripts
 * are untouched. Where the API is missing, claims are still listed in the panel, just not painted.
 */
export function paint(ranges: readonly Range[]): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  if (!document.getElementById(STYLE_ID)) {
    const style = document.createElement('style');
    style.id = STYLE_ID;
    style.textContent = `::highlight(${NAME}){background-color:rgba(255,196,0,.38);text-decoration:underline wavy #b45309;text-decoration-thickness:1px}`;
    (document.head ?? document.documentElement).append(style);
  }
  const existing = CSS.highlights.get(NAME);
  if (existing) for (const r of ranges) existing.add(r);
  else CSS.highlights.set(NAME, new Highlight(...ranges));
}

export function unpaint(): void {
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(NAME);
  document.getElementById(STYLE_ID)?.remove();
}
