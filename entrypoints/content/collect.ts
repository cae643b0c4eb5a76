import type { Piece } from '../../lib/page-text';

/**
 * Elements whose text is not prose the reader sees (or is the reader's own typing), and inline elements, by
 * nodeName: upper case in HTML documents, lower case for SVG and in XHTML, so both are listed and no name
 * is upper-cased per element.
 */
const names = (list: string) => new Set(list.split(' ').flatMap((n) => [n, n.toLowerCase()]));
const SKIP = names('SCRIPT STYLE NOSCRIPT TEMPLATE TEXTAREA INPUT SELECT OPTION SVG CANVAS IFRAME OBJECT CODE PRE');
const INLINE = names('A ABBR B BDI BDO CITE DATA DFN EM FONT I KBD LABEL MARK Q S SAMP SMALL SPAN STRONG SUB SUP TIME U VAR WBR');

/** Node.ELEMENT_NODE, without a lookup of the global `Node` per visited node. */
const ELEMENT = 1;

export interface Collected {
  pieces: Piece[];
  nodes: Text[];
  /** Each node's parent element as it was read: a claim is watched through it without asking the DOM again. */
  parents: (Element | null)[];
  /** Set when the budget ran out: the last text node read; a later batch resumes after it. */
  resumeAfter?: Text;
  /** Set when `maxElements` ran out: the element just entered, none of its children read; a later walk resumes inside it. */
  stoppedIn?: Element;
}

/** contenteditable values that make an element editable ("false" inside an editable box is skipped with the box). */
const EDITABLE = new Set(['', 'true', 'plaintext-only']);

/**
 * True for elements we never read: non-prose, hidden, editable, or our own UI. Attributes only: the
 * isContentEditable getter computes style, which inside a hidden tree costs its whole depth per element
 * (17 s for 50,000 levels in Chromium); an editable element is skipped whole, so its children never ask.
 * Most elements have no attributes: one hasAttributes() call answers for them.
 */
function isSkipped(el: Element, ownHost: Element | null): boolean {
  if (SKIP.has(el.nodeName) || el === ownHost) return true;
  if (!el.hasAttributes()) return false;
  const editable = el.getAttribute('contenteditable');
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || (editable !== null && EDITABLE.has(editable.toLowerCase()));
}

/** True when `root` is or is inside an element we never read (a changed part of a hidden or editable box). */
function insideSkipped(root: Node, ownHost: Element | null): boolean {
  for (let el = root.nodeType === ELEMENT ? (root as Element) : root.parentElement; el; el = el.parentElement) {
    if (isSkipped(el, ownHost)) return true;
  }
  return false;
}

/** The nearest element at or above `el` that is not inline: the block a text node under it belongs to. */
function blockAbove(el: Element | null): Element | null {
  while (el && INLINE.has(el.nodeName) && el.parentElement) el = el.parentElement;
  return el;
}

/** Moves `walker` past its current node's subtree: to the next node after it in document order, or null. */
function skipSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const next = walker.nextSibling();
    if (next) return next;
    if (!walker.parentNode()) return null;
  }
}

/**
 * Walks the elements and text nodes under `root` in document order (node.data, never innerText: no
 * layout): an element isSkipped says no to is passed over with its whole subtree, so its descendants cost
 * nothing. A text node starts a new block unless it shares the nearest non-inline ancestor with the
 * previous one; the open elements above the current node and their blocks are a stack the walk order
 * keeps, so nothing is cached per element and no ancestor chain is walked (a page can nest 50,000 levels).
 * Reads at most `budget` characters, line breaks included (starting after `after`, when given: inside it,
 * for an element), so one batch's work is bounded; a single longer node is read up to the budget and the
 * rest of it never. Enters at most `maxElements` elements: a textless tree hidden by CSS (which no
 * attribute says) costs the walk its size.
 */
export function collectText(root: Node, ownHost: Element | null, budget = Infinity, after?: Node, maxElements = Infinity): Collected {
  const pieces: Piece[] = [];
  const nodes: Text[] = [];
  const parents: (Element | null)[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  // A document in design mode is all editable: the reader's own typing (no attribute says so).
  if (doc.designMode === 'on' || insideSkipped(root, ownHost)) return { pieces, nodes, parents };
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  if (after && root.contains(after)) walker.currentNode = after;
  const open: Element[] = [];
  const blocks: (Element | null)[] = [];
  const rootBlock = blockAbove(root.nodeType === ELEMENT ? (root as Element) : root.parentElement);
  /** The block of a node whose parent is `parent`, closing the stack's elements the walk has left. */
  const blockIn = (parent: Element | null): Element | null => {
    while (open.length && open[open.length - 1] !== parent) {
      open.pop();
      blocks.pop();
    }
    // Empty: `parent` is root, or (resuming after a node) one of that node's ancestors, never entered.
    return open.length ? blocks[blocks.length - 1]! : parent === root ? rootBlock : blockAbove(parent);
  };
  let lastBlock: Element | null = null;
  let read = 0;
  let entered = 0;
  for (let n = walker.nextNode(); n; ) {
    if (n.nodeType === ELEMENT) {
      const el = n as Element;
      if (isSkipped(el, ownHost)) {
        n = skipSubtree(walker);
        continue;
      }
      const outer = blockIn(el.parentElement);
      // A line break the reader sees: the text after it starts a line of its own (a <br> has no text to mark).
      if (el.nodeName === 'BR' || el.nodeName === 'br') lastBlock = el;
      open.push(el);
      blocks.push(INLINE.has(el.nodeName) && outer ? outer : el);
      if (++entered > maxElements) return { pieces, nodes, parents, stoppedIn: el };
      n = walker.nextNode();
      continue;
    }
    const text = n as Text;
    n = walker.nextNode();
    if (!text.data.trim()) continue;
    const parent = text.parentElement;
    const block = blockIn(parent);
    const newBlock = block !== lastBlock;
    // The joined text has a line break before each new block: it counts against the budget too.
    const cost = text.data.length + (read > 0 && newBlock ? 1 : 0);
    if (read + cost > budget) {
      if (read > 0) return { pieces, nodes, parents, resumeAfter: nodes[nodes.length - 1] };
      // One node longer than a whole batch (a page can insert 50 MB as one text node): its start only.
      pieces.push({ text: text.data.slice(0, budget), newBlock });
      nodes.push(text);
      parents.push(parent);
      return { pieces, nodes, parents, resumeAfter: text };
    }
    pieces.push({ text: text.data, newBlock });
    nodes.push(text);
    parents.push(parent);
    read += cost;
    lastBlock = block;
  }
  return { pieces, nodes, parents };
}
