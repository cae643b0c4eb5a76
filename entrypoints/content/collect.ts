import type { Piece } from '../../lib/page-text';

/** Elements whose text is not prose the reader sees (or is the reader's own typing). */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'CODE', 'PRE']);
const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'LABEL', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR']);

export interface Collected {
  pieces: Piece[];
  nodes: Text[];
}

/** True for elements we never read: non-prose, hidden, editable, or our own UI. */
export function isSkipped(el: Element, ownHost: Element | null): boolean {
  return (
    SKIP.has(el.tagName.toUpperCase()) ||
    el === ownHost ||
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    (el as HTMLElement).isContentEditable === true
  );
}

/**
 * Walks the text nodes under `root` (node.data, never innerText: no layout), skipping what isSkipped says.
 * A text node starts a new block unless it shares the nearest non-inline ancestor with the previous one.
 * Only text nodes are visited (no per-element callback); skip and block answers are cached per parent.
 */
export function collectText(root: Node, ownHost: Element | null): Collected {
  const pieces: Piece[] = [];
  const nodes: Text[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const skipped = new Map<Element, boolean>();
  const blocks = new Map<Element, Element | null>();
  const isHidden = (el: Element | null): boolean => {
    if (!el || el === root) return false;
    let v = skipped.get(el);
    if (v === undefined) {
      v = isSkipped(el, ownHost) || isHidden(el.parentElement);
      skipped.set(el, v);
    }
    return v;
  };
  const blockOf = (el: Element): Element | null => {
    let b = blocks.get(el);
    if (b === undefined) {
      b = INLINE.has(el.tagName.toUpperCase()) && el.parentElement ? blockOf(el.parentElement) : el;
      blocks.set(el, b);
    }
    return b;
  };
  let lastBlock: Element | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    const parent = text.parentElement;
    if (!parent || isHidden(parent) || !text.data.trim()) continue;
    const block = blockOf(parent);
    pieces.push({ text: text.data, newBlock: block !== lastBlock });
    nodes.push(text);
    lastBlock = block;
  }
  return { pieces, nodes };
}
