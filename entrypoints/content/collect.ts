import type { Piece } from '../../lib/page-text';

/** Elements whose text is not prose the reader sees (or is the reader's own typing). */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'CODE', 'PRE']);
const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'LABEL', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR']);

export interface Collected {
  pieces: Piece[];
  nodes: Text[];
  /** Set when the budget ran out: the last text node read; a later batch resumes after it. */
  resumeAfter?: Text;
}

/** contenteditable values that make an element editable ("false" leaves it to its ancestors, as we walk up). */
const EDITABLE = new Set(['', 'true', 'plaintext-only']);

/**
 * True for elements we never read: non-prose, hidden, editable, or our own UI. Attributes only: the
 * isContentEditable getter computes style, which inside a hidden tree costs its whole depth per element
 * (17 s for 50,000 levels in Chromium); the walk up the ancestors finds an editable one by its attribute.
 */
export function isSkipped(el: Element, ownHost: Element | null): boolean {
  const editable = el.getAttribute('contenteditable');
  return (
    SKIP.has(el.tagName.toUpperCase()) ||
    el === ownHost ||
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    (editable !== null && EDITABLE.has(editable.toLowerCase()))
  );
}

/**
 * Answers a question about an element from the nearest ancestor already answered, walking up in a loop
 * (a page can nest 50,000 elements: no recursion) and caching every element on the way, so each element
 * is computed once per scan. `own(el)` is the element's own answer, or undefined to inherit its parent's.
 */
function inherited<T>(cache: Map<Element, T>, top: T, stop: Node, own: (el: Element) => T | undefined): (el: Element | null) => T {
  return (start) => {
    const chain: Element[] = [];
    let answer = top;
    for (let el = start; el && el !== stop; el = el.parentElement) {
      const known = cache.get(el);
      if (known !== undefined) {
        answer = known;
        break;
      }
      chain.push(el);
      const mine = own(el);
      if (mine !== undefined) {
        answer = mine;
        break;
      }
    }
    for (const el of chain) cache.set(el, answer);
    return answer;
  };
}

/**
 * Walks the text nodes under `root` (node.data, never innerText: no layout), skipping what isSkipped says.
 * A text node starts a new block unless it shares the nearest non-inline ancestor with the previous one.
 * Only text nodes are visited (no per-element callback); skip and block answers are cached per element.
 * Reads at most `budget` characters, line breaks included (starting after `after`, when given), so one
 * batch's work is bounded; a single longer node is read up to the budget and the rest of it never.
 */
export function collectText(root: Node, ownHost: Element | null, budget = Infinity, after?: Text): Collected {
  const pieces: Piece[] = [];
  const nodes: Text[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  // A document in design mode is all editable: the reader's own typing (no attribute says so).
  if (doc.designMode === 'on') return { pieces, nodes };
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  if (after && root.contains(after)) walker.currentNode = after;
  const isHidden = inherited<boolean>(new Map(), false, root, (el) => (isSkipped(el, ownHost) ? true : undefined));
  const blockOf = inherited<Element | null>(new Map(), null, doc, (el) => (INLINE.has(el.tagName.toUpperCase()) && el.parentElement ? undefined : el));
  let lastBlock: Element | null = null;
  let read = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    const parent = text.parentElement;
    if (!parent || isHidden(parent) || !text.data.trim()) continue;
    const block = blockOf(parent);
    const newBlock = block !== lastBlock;
    // The joined text has a line break before each new block: it counts against the budget too.
    const cost = text.data.length + (read > 0 && newBlock ? 1 : 0);
    if (read + cost > budget) {
      if (read > 0) return { pieces, nodes, resumeAfter: nodes[nodes.length - 1] };
      // One node longer than a whole batch (a page can insert 50 MB as one text node): its start only.
      pieces.push({ text: text.data.slice(0, budget), newBlock });
      nodes.push(text);
      return { pieces, nodes, resumeAfter: text };
    }
    pieces.push({ text: text.data, newBlock });
    nodes.push(text);
    read += cost;
    lastBlock = block;
  }
  return { pieces, nodes };
}
