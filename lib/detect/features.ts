/**
 * Sentence features for the learned scorer: hashed word unigrams and bigrams, unigrams inside a negation's
 * scope, and a few position and shape flags. One pass over the sentence's characters, no regex and no
 * allocation per word, so scoring keeps pace with the splitter. The trainer (tests/tools/train-model.ts) and
 * the detector call this same function, so a feature means the same thing in both.
 */

/** Size of the hashed feature space (a power of two). */
export const DIMS = 1 << 18;
const MASK = DIMS - 1;

/** Where a sentence sits on the page and how it is shaped. */
export interface SentenceContext {
  /** The page's first span: its headline, when it has one. */
  first: boolean;
  /** The span is a whole line without end punctuation: a heading, a title, a menu item. */
  heading: boolean;
  /** Index of the '\n'-separated block, counted from 0. */
  block: number;
  /** What the hand rules said of this sentence: RULE_* bits (0 where they were not run). */
  rules?: number;
}

/** Bits of SentenceContext.rules: the hand rules' reading of a sentence, which the model weighs as features. */
export const RULE_CLAIM = 1;
export const RULE_STANDS = 2;
export const RULE_KEPT = 4;
export const RULE_REFUTES = 8;
/** RULE_MYTH << k: a claim of the k-th myth (MYTH_ORDER). */
export const RULE_MYTH = 16;
const RULE_BITS = 8;

const FNV = 0x811c9dc5 | 0;
const mix = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);
const pair = (a: number, b: number) => mix(mix(a, 0x2f), b);

/** Hash of a short flag name, computed once at load. */
const flag = (name: string): number => {
  let h = FNV;
  for (let i = 0; i < name.length; i++) h = mix(h, name.charCodeAt(i));
  return (mix(h, 0x23) >>> 0) & MASK;
};

const F = {
  first: flag('first'),
  heading: flag('heading'),
  firstBlock: flag('block0'),
  earlyBlock: flag('block<3'),
  question: flag('question'),
  bang: flag('bang'),
  quoted: flag('quoted'),
  list: flag('list'),
  colon: flag('colon'),
  digits: flag('digits'),
  short: flag('len<40'),
  long: flag('len>160'),
  firstPerson: flag('i-past'),
  you: flag('you'),
  bias: flag('bias'),
};
const RULE_FLAGS = Array.from({ length: RULE_BITS }, (_, bit) => flag(`rule${bit}`));
const RULE_DROPPED = flag('rule-dropped');

/** Words that open a negation's scope: the rest of the clause reads differently after them. */
const NEGATORS = new Set(
  ['not', 'no', 'never', 'cannot', "can't", "don't", "doesn't", "won't", "isn't", "aren't", "didn't", 'myth', 'myths', 'nor', 'without', 'stop', 'false', 'impossible', "wasn't", "shouldn't", "couldn't"].map(hashWord),
);
/** Words that close a clause, and with it the negation's scope. */
const CLAUSE_ENDS = new Set(['but', 'however', 'yet', 'although', 'though', 'instead'].map(hashWord));
const I = hashWord('i');
const WE = hashWord('we');
const YOU = new Set(['you', 'your', "you'll", "you're", 'yourself'].map(hashWord));
const NEG = 0x5bd1e995;
/** The low bits of those words' hashes: most words need no set lookup at all. */
const LISTED = new Uint8Array(1 << 12);
for (const w of [...NEGATORS, ...CLAUSE_ENDS, ...YOU]) LISTED[w & 0xfff] = 1;

/**
 * The word hash the featurizer computes for a lower-case ASCII word (digits count as '0'), as a signed 32-bit
 * integer: kept unsigned, half the hashes are over 2^31 and a number the engine may have to box.
 */
export function hashWord(word: string): number {
  let h = FNV;
  for (let i = 0; i < word.length; i++) h = mix(h, normal(word.charCodeAt(i)));
  return h | 0;
}

/** Lower-cases ASCII, folds digits to '0' and curly apostrophes to "'"; 0 for characters that end a word. */
function normal(c: number): number {
  if (c >= 97 && c <= 122) return c;
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 48 && c <= 57) return 48;
  if (c === 39 || c === 0x2019) return 39;
  if (c > 0xbf && c !== 0x201c && c !== 0x201d && c !== 0x2014 && c !== 0x2013 && c !== 0x2026 && c !== 0xa0 && !(c >= 0x2000 && c <= 0x206f)) return c;
  return 0;
}

const isQuote = (c: number) => c === 34 || c === 0x201c || c === 0x2018 || c === 39;

/**
 * Writes the feature indices of text[start, end) into `out` from 0 and returns how many it wrote (at most
 * 3 per word plus 25 flags; `out` must hold 3 * (end - start) + 25). Duplicates are allowed: a word seen
 * twice counts twice.
 */
export function sentenceFeatures(text: string, start: number, end: number, ctx: SentenceContext, out: Int32Array): number {
  let n = 0;
  out[n++] = F.bias;
  if (ctx.first) out[n++] = F.first;
  if (ctx.heading) out[n++] = F.heading;
  const rules = ctx.rules ?? 0;
  for (let bit = 0; bit < RULE_BITS; bit++) if (rules & (1 << bit)) out[n++] = RULE_FLAGS[bit]!;
  if (rules & RULE_CLAIM && !(rules & RULE_KEPT)) out[n++] = RULE_DROPPED;
  if (ctx.block === 0) out[n++] = F.firstBlock;
  else if (ctx.block < 3) out[n++] = F.earlyBlock;
  const len = end - start;
  if (len < 40) out[n++] = F.short;
  else if (len > 160) out[n++] = F.long;
  const head = text.charCodeAt(start);
  if (isQuote(head)) out[n++] = F.quoted;
  if (head === 45 || head === 42 || head === 0x2022 || (head >= 48 && head <= 57)) out[n++] = F.list;
  let last = end - 1;
  while (last > start && (isQuote(text.charCodeAt(last)) || text.charCodeAt(last) === 41 || text.charCodeAt(last) === 0x201d)) last--;
  const tail = text.charCodeAt(last);
  if (tail === 63) out[n++] = F.question;
  else if (tail === 33) out[n++] = F.bang;

  // The loop's numbers start as untagged integers: a module constant is a load of a value of any type, and a
  // hash or index that starts as one stayed a tagged (checked and shifted) number at every character.
  const fnv = FNV | 0;
  let prev = fnv; // sentence start acts as a word, so the first word has a bigram of its own
  let h = fnv;
  let inWord = false;
  let digits = false;
  let neg = false;
  let colon = false;
  let you = false;
  let firstPerson = false;
  let words = 0;
  for (let i = start | 0; i <= end; i++) {
    // Read once: the page's characters cost more to reach than to test (a sliced string is unwrapped per read).
    const raw = i < end ? text.charCodeAt(i) : 0;
    const c = normal(raw);
    if (c !== 0 && !(c === 39 && !inWord)) {
      if (c === 48) digits = true;
      h = mix(h, c);
      inWord = true;
      continue;
    }
    if (inWord) {
      const w = h | 0;
      out[n++] = w & MASK;
      out[n++] = pair(prev, w) & MASK;
      if (neg) out[n++] = (w ^ NEG) & MASK;
      if (LISTED[w & 0xfff]) {
        if (NEGATORS.has(w)) neg = true;
        else if (CLAUSE_ENDS.has(w)) neg = false;
        if (YOU.has(w)) you = true;
      }
      if (words < 3 && (w === I || w === WE)) firstPerson = true;
      words++;
      prev = w;
      h = fnv;
      inWord = false;
    }
    // ';' ',' '(' close a negation's scope as a clause break would; ':' marks "Myth: …" set-ups (0 past the end).
    if (raw === 59 || raw === 44 || raw === 40) neg = false;
    else if (raw === 58) colon = true;
  }
  if (colon) out[n++] = F.colon;
  if (digits) out[n++] = F.digits;
  if (you) out[n++] = F.you;
  if (firstPerson) out[n++] = F.firstPerson;
  return n;
}
