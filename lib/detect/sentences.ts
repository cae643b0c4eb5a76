import type { SentenceContext } from './features';

/** A sentence-like span of the scanned text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Longest span judged as one sentence. Every pattern then runs on bounded input, which keeps the whole
 * scan linear in the text length whatever the text is (a 10 MB page with no full stop included).
 */
export const MAX_SENTENCE = 400;

const isSpace = (c: number) => c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x3000;
const isEnd = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x3002; // . ! ? … 。
const isClose = (c: number) => c === 34 || c === 39 || c === 41 || c === 0x201d || c === 0x2019 || c === 93; // " ' ) ” ’ ]

/** A line break or an end mark: the only characters where a span can end before the cap. */
const BREAK = /[\n.!?\u2026\u3002]/g;

/**
 * Splits text into sentence spans in one pass; offsets are UTF-16 indices into `text`. The regex finds the
 * next line break or end mark: stepping over the characters between in JS cost as much as the rest of
 * reading an ordinary page.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && (isSpace(text.charCodeAt(s)) || text.charCodeAt(s) === 10)) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    // With a slot for the context readSpans gives it (JSON leaves an undefined out): a key added after an
    // object is made goes out of it, one more allocation per span and one more load at every read.
    if (e > s) spans.push({ start: s, end: e, ctx: undefined } as Span);
  };
  for (let i = 0; ; ) {
    BREAK.lastIndex = i;
    // test() leaves lastIndex just past the one-character break, without building a match array.
    const at = BREAK.test(text) ? BREAK.lastIndex - 1 : text.length;
    // An end mark belongs to the span it closes, a line break does not: the cap must leave room for the mark.
    const last = at < text.length && text.charCodeAt(at) !== 10 ? at + 1 : at;
    // No span runs past the cap: a run without breaks is cut every MAX_SENTENCE characters.
    for (let cut = Math.max(i, start + MAX_SENTENCE); cut < last; cut = Math.max(i, start + MAX_SENTENCE)) {
      push(cut);
      start = cut;
    }
    if (at === text.length) break;
    if (text.charCodeAt(at) === 10) {
      // A line break ends a span: headings, titles and list items stand alone.
      push(at);
      start = i = at + 1;
      continue;
    }
    // The run of marks is read once and never past the cap, so "!!!…!x" stays linear and bounded.
    const limit = Math.min(text.length, start + MAX_SENTENCE);
    let j = at + 1;
    while (j < limit && (isEnd(text.charCodeAt(j)) || isClose(text.charCodeAt(j)))) j++;
    // A full stop inside "3.5" or "e.g.x" is not a sentence end: require a space, line end or text end.
    if (j >= limit || isSpace(text.charCodeAt(j)) || text.charCodeAt(j) === 10) {
      push(j);
      start = j;
    }
    i = j;
    // A line break right after the marks (a line that ends its sentence) ends an empty span: stepped over
    // here, not found again by the regex, which made two calls per such line.
    if (text.charCodeAt(j) === 10) start = i = j + 1;
  }
  push(text.length);
  return spans;
}

const isHighSurrogate = (c: number) => (c & 0xfc00) === 0xd800;
const isLowSurrogate = (c: number) => (c & 0xfc00) === 0xdc00;

/**
 * `(start, end) => text.slice(start, end).toLowerCase()`, read from one lower-casing of the whole text where
 * that is the same: lower-casing each sentence on its own made a fresh string per sentence. It is the same
 * where no character lowers to another length (İ to two; none to fewer, tests/detect/detector.test.ts reads
 * every code point) or by its context (Σ before a word's end to ς), for a span that splits no surrogate pair
 * (a pair lowers as one character, a half alone not at all).
 */
export function lowerCaser(text: string): (start: number, end: number) => string {
  const lower = text.toLowerCase();
  const each = (start: number, end: number) => text.slice(start, end).toLowerCase();
  if (lower.length !== text.length || text.includes('\u03a3')) return each;
  return (start, end) => (isLowSurrogate(text.charCodeAt(start)) || isHighSurrogate(text.charCodeAt(end - 1)) ? each(start, end) : lower.slice(start, end));
}

/** A span with where it sits: block (line) index, whether it is the headline or a heading. */
export interface ReadSpan extends Span {
  ctx: SentenceContext;
}

const isEndMark = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x2026;

/** Blocks that make a page's lead: the headline and the first paragraph (a standfirst, where there is one). */
export const LEAD_BLOCKS = 2;

/**
 * Sentence spans with their block index and whether each is the headline or a heading. A block is a line
 * with a span on it: blank lines between paragraphs count for nothing, so "a\n\nb" (text as innerText or an
 * excerpt gives it) reads as the blocks the extension's walk joins with one line break, "a\nb".
 */
export function readSpans(text: string): ReadSpan[] {
  const spans = splitSentences(text);
  // Each span is given its context in place: a copy per sentence was garbage.
  const out = spans as ReadSpan[];
  let line = 0;
  let lineEnd = text.indexOf('\n');
  let lastLine = -1;
  let block = -1;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    while (lineEnd >= 0 && lineEnd < s.start) {
      line++;
      lineEnd = text.indexOf('\n', lineEnd + 1);
    }
    const opens = lastLine !== line;
    if (opens) block++;
    const next = spans[i + 1];
    // Alone on its line and without end punctuation: a heading or title.
    const alone = opens && (!next || next.start > (lineEnd < 0 ? text.length : lineEnd));
    const heading = alone && !isEndMark(text.charCodeAt(s.end - 1));
    // rules has its slot too, for readRuledSpans to fill.
    out[i]!.ctx = { first: i === 0, heading, block, rules: undefined };
    lastLine = line;
  }
  return out;
}
