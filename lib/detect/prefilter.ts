/**
 * A prefilter derived from the patterns themselves: for each regex, groups of literal strings such that
 * every match contains at least one string of each group (read off the regex's source), and one
 * Aho-Corasick automaton over all of them. One pass over a sentence then says which regexes cannot match
 * it, and those are not run. A new pattern is covered the moment it is registered; a regex without a usable
 * literal (or not registered) always runs, so the prefilter can only skip work, never change a result.
 */

/** Literals of which every match contains one; `min`, its shortest length, bounds how often it hits by chance. */
interface Group {
  lits: string[];
  min: number;
}

/** What a piece of a regex can match: its finite set of strings when small, and literal groups it requires. */
interface Info {
  /** Every string it can match (null: unknown or too many). */
  exact: string[] | null;
  /** Every match contains a literal of each group. */
  req: Group[];
}

/** Largest set of strings kept exact; past it a piece only contributes the literals it requires. */
const EXACT_LIMIT = 48;
/** Literals are cut to this length. */
const MAX_LITERAL = 8;
/** Groups kept per regex: the most selective ones. */
const GROUPS_PER_REGEX = 3;

const ANY: Info = { exact: null, req: [] };
const EMPTY: Info = { exact: [''], req: [] };

const uniq = (xs: string[]) => [...new Set(xs)];

const groupOf = new WeakMap<string[], Group>();

/** A group of literals (one per array, so a piece seen twice counts once); pruned only once chosen. */
function group(lits: string[]): Group {
  let g = groupOf.get(lits);
  if (!g) {
    let min = MAX_LITERAL;
    for (const s of lits) min = Math.min(min, s.length);
    groupOf.set(lits, (g = { lits, min }));
  }
  return g;
}

/**
 * The group's literals cut to their first MAX_LITERAL characters (a prefix of a required literal is
 * required too, and keeps the automaton small), less those that contain another: the shorter one is found
 * wherever they are.
 */
function pruned(g: Group): string[] {
  const cut = uniq(g.lits.map((s) => s.slice(0, MAX_LITERAL))).sort((a, b) => a.length - b.length);
  const kept = new Set<string>();
  for (const s of cut) if (!hasPart(s, kept)) kept.add(s);
  return [...kept];
}

/** Whether some string of `parts` occurs in s. */
function hasPart(s: string, parts: Set<string>): boolean {
  for (let from = 0; from < s.length; from++) for (let to = from + 1; to <= s.length; to++) if (parts.has(s.slice(from, to))) return true;
  return false;
}

/** Groups a piece requires, its own exact strings counted as one. */
function groupsOf(info: Info): Group[] {
  return info.exact && info.exact.length > 0 && !info.exact.includes('') ? [group(info.exact), ...info.req] : info.req;
}

/** The n most selective groups: longest shortest literal first, then fewest literals. */
function best(groups: Group[], n: number): Group[] {
  const useful = [...new Set(groups)].filter((g) => g.min > 0);
  if (useful.length <= n) return useful;
  return useful.sort((a, b) => b.min - a.min || a.lits.length - b.lits.length).slice(0, n);
}

function concat(items: Info[]): Info {
  if (items.length === 1) return items[0]!;
  const groups: Group[] = [];
  let run: string[] | null = [''];
  let whole = true;
  for (const item of items) {
    if (item.exact && run && run.length * item.exact.length <= EXACT_LIMIT) {
      const prefixes: string[] = run;
      run = item.exact.length === 1 ? prefixes.map((a) => a + item.exact![0]) : uniq(prefixes.flatMap((a) => item.exact!.map((b) => a + b)));
      groups.push(...item.req);
      continue;
    }
    whole = false;
    if (run) groups.push(...groupsOf({ exact: run, req: [] }));
    groups.push(...(item.exact ? item.req : groupsOf(item)));
    run = item.exact;
  }
  if (whole) return { exact: run, req: best(groups, GROUPS_PER_REGEX) };
  if (run) groups.push(...groupsOf({ exact: run, req: [] }));
  return { exact: null, req: best(groups, GROUPS_PER_REGEX) };
}

function alternation(alts: Info[]): Info {
  if (alts.every((a) => a.exact)) {
    const all = uniq(alts.flatMap((a) => a.exact!));
    if (all.length <= EXACT_LIMIT) return { exact: all, req: [] };
  }
  // Each alternative brings its most selective group; a match contains a literal of one of them.
  const lits: string[] = [];
  for (const a of alts) {
    const g = best(groupsOf(a), 1)[0];
    if (!g) return ANY;
    lits.push(...g.lits);
  }
  return { exact: null, req: [group(lits)] };
}

function repeat(info: Info, min: number, max: number): Info {
  if (min === 0) return { exact: max === 1 && info.exact ? uniq(['', ...info.exact]) : null, req: [] };
  if (min === 1 && max === 1) return info;
  return { exact: null, req: groupsOf(info) };
}

const QUANTIFIER = /(?:([?*+])|\{(\d+)(?:(,)(\d*))?\})/y;
const LOOKAROUND = /\?<?[=!]/y;
const GROUP_NAME = /\?(?::|<[^>=!]+>)/y;
const HEX2 = /[0-9a-fA-F]{2}/y;
const HEX4 = /[0-9a-fA-F]{4}|\{[0-9a-fA-F]+\}/y;

/** Reads a regex source (the subset the patterns use, which is most of the syntax) into an Info. */
class Reader {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly fold: boolean,
  ) {}

  read(): Info {
    const info = this.alternatives();
    if (this.i < this.src.length) throw new Error(`unexpected ${this.src[this.i]} at ${this.i}`);
    return info;
  }

  private alternatives(): Info {
    const alts = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? alts[0]! : alternation(alts);
  }

  private sequence(): Info {
    const items: Info[] = [];
    let text = ''; // a run of plain characters, read as one string
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const c = this.src[this.i]!;
      QUANTIFIER.lastIndex = this.i + 1;
      if (!this.fold && !'()[].^$\\|?*+{'.includes(c) && !QUANTIFIER.test(this.src)) {
        text += c;
        this.i++;
        continue;
      }
      if (text) items.push({ exact: [text], req: [] });
      text = '';
      items.push(this.quantified(this.atom()));
    }
    if (text) items.push({ exact: [text], req: [] });
    return concat(items);
  }

  /** Matches `re` (sticky) at the current position and steps over it. */
  private take(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.i;
    const m = re.exec(this.src);
    if (m) this.i += m[0].length;
    return m;
  }

  private quantified(atom: Info): Info {
    const m = this.take(QUANTIFIER);
    if (!m) return atom;
    if (this.src[this.i] === '?') this.i++; // lazy: same strings
    if (m[1]) return repeat(atom, m[1] === '+' ? 1 : 0, m[1] === '?' ? 1 : Infinity);
    const min = Number(m[2]);
    return repeat(atom, min, m[3] ? (m[4] ? Number(m[4]) : Infinity) : min);
  }

  private atom(): Info {
    const c = this.src[this.i++]!;
    if (c === '(') return this.group();
    if (c === '[') return this.chars(this.classSet());
    if (c === '.') return ANY;
    if (c === '^' || c === '$') return EMPTY;
    if (c === '\\') return this.escape();
    return this.chars([c]);
  }

  private group(): Info {
    const look = this.take(LOOKAROUND);
    if (!look) this.take(GROUP_NAME);
    const inner = this.alternatives();
    if (this.src[this.i++] !== ')') throw new Error('unclosed group');
    // A lookaround consumes nothing: the match need not contain what it reads.
    return look ? EMPTY : inner;
  }

  /** An escape outside a class: an assertion, a class of many characters, a back-reference or one character. */
  private escape(): Info {
    const c = this.src[this.i]!;
    if (c === 'b' || c === 'B') {
      this.i++;
      return EMPTY;
    }
    if (/[1-9k]/.test(c)) throw new Error('back-reference');
    const one = this.escapedChar();
    return one === null ? ANY : this.chars([one]);
  }

  /** The character an escape stands for, or null for a class (\w, \d, \s, \p{…} and their negations). */
  private escapedChar(): string | null {
    const c = this.src[this.i++]!;
    if ('wWdDsS'.includes(c)) return null;
    if (c === 'p' || c === 'P') {
      if (this.src[this.i] === '{') this.i = this.src.indexOf('}', this.i) + 1;
      return null;
    }
    const hex = c === 'x' ? HEX2 : c === 'u' ? HEX4 : null;
    if (hex) {
      const m = this.take(hex);
      if (!m) return c;
      return String.fromCodePoint(parseInt(m[0].replace(/[{}]/g, ''), 16));
    }
    const controls: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
    return controls[c] ?? c;
  }

  /** A bracketed class: its characters when few, null when negated, wide or holding \w-like escapes. */
  private classSet(): string[] | null {
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    const set = new Set<string>();
    let wide = negated;
    while (this.src[this.i] !== ']') {
      if (this.i >= this.src.length) throw new Error('unclosed class');
      const from = this.classChar();
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && from !== null) {
        this.i++;
        const to = this.classChar();
        if (to === null || to.codePointAt(0)! - from.codePointAt(0)! > 8) wide = true;
        else for (let k = from.codePointAt(0)!; k <= to.codePointAt(0)!; k++) set.add(String.fromCodePoint(k));
      } else if (from === null) wide = true;
      else set.add(from);
    }
    this.i++;
    return wide ? null : [...set];
  }

  private classChar(): string | null {
    const c = this.src[this.i++]!;
    if (c !== '\\') return c;
    if (this.src[this.i] === 'b') {
      this.i++;
      return '\b';
    }
    return this.escapedChar();
  }

  /** One position matching any of `chars`; under the i flag only ASCII letters fold, anything cased is wide. */
  private chars(chars: string[] | null): Info {
    if (!chars || chars.length > 8) return ANY;
    if (!this.fold) return { exact: chars, req: [] };
    const folded: string[] = [];
    for (const ch of chars) {
      const lower = ch.toLowerCase();
      if (lower === ch.toUpperCase()) folded.push(ch);
      else if (/^[a-zA-Z]$/.test(ch)) folded.push(lower);
      else return ANY;
    }
    return { exact: uniq(folded), req: [] };
  }
}

/**
 * Literal groups every match of `re` contains (one string of each group), for text already lower-cased
 * where the regex ignores case. Empty when nothing is required or the syntax is not understood.
 */
export function requiredLiterals(re: RegExp): string[][] {
  // Under i and u together the case folding reaches characters toLowerCase does not map (ſ matches s).
  if (re.flags.includes('i') && re.flags.includes('u')) return [];
  if (re.flags.includes('v')) return [];
  try {
    return best(groupsOf(new Reader(re.source, re.flags.includes('i')).read()), GROUPS_PER_REGEX).map(pruned);
  } catch {
    return [];
  }
}

/** requiredLiterals of each regex, read ahead of time (`npm run literals`), by literalsKey. */
export type KnownLiterals = Readonly<Record<string, string[][]>>;

/** A regex's key in KnownLiterals: its flags, source length and a 64-bit hash of its source. */
export function literalsKey(re: RegExp): string {
  const { source } = re;
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  const hex = (h: number) => (h >>> 0).toString(16).padStart(8, '0');
  return `${re.flags}:${source.length}:${hex(a)}${hex(b)}`;
}

/** A regex as the prefilter knows it: the literal groups every match holds, filled in by the Prefilter. */
export class Guard {
  owner: Prefilter | null = null;
  need = new Int32Array(0);
  /** The prefilter keeps its answer on the scanned string: a regex two callers test on one sentence. */
  remembered = false;
  /** The scan `holds` answers for. */
  at = -1;
  holds = false;
  constructor(readonly re: RegExp) {}
}

const BACKSLASH = 92;
const OPEN = 40;
const CLOSE = 41;
const BAR = 124;

/**
 * One walk over src[from, to) at one depth: the positions of its top-level '|', or, with `close`, the index
 * of the ')' that closes the group opening at `from`. Escapes and classes are stepped over.
 */
function walk(src: string, from: number, to: number, close = false): number[] {
  const found: number[] = [];
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c === BACKSLASH) {
      if (/[1-9k]/.test(src[i + 1] ?? '')) throw new Error('back-reference');
      i++;
    } else if (c === 91) {
      for (i++; i < to && src.charCodeAt(i) !== 93; i++) if (src.charCodeAt(i) === BACKSLASH) i++;
    } else if (c === OPEN) depth++;
    else if (c === CLOSE && --depth === 0 && close) return [i];
    else if (c === BAR && depth === 0 && !close) found.push(i);
  }
  if (close) throw new Error('unclosed group');
  return found;
}

/** Zero-width assertions a group may sit between and still be spread over its alternatives. */
const HEAD = /(?:\\b|\^)*/y;
const TAIL = /^(?:\\b|\$)*$/;

/**
 * Pushes on `out` the alternatives of `before` + src[from, to) + `after`: its top-level alternatives, and
 * `\b(?:a|b)\b` spread into `\ba\b` and `\bb\b`, each read the same way in turn.
 */
function spread(src: string, from: number, to: number, before: string, after: string, out: string[]): void {
  const bars = walk(src, from, to);
  if (bars.length > 0) {
    [from - 1, ...bars].forEach((bar, k) => spread(src, bar + 1, bars[k] ?? to, before, after, out));
    return;
  }
  HEAD.lastIndex = from;
  const open = from + HEAD.exec(src)![0].length;
  if (src.startsWith('(?:', open)) {
    const [close] = walk(src, open, to, true) as [number];
    const tail = src.slice(close + 1, to);
    if (TAIL.test(tail)) return spread(src, open + 3, close, before + src.slice(from, open), tail + after, out);
  }
  out.push(before + src.slice(from, to) + after);
}

/**
 * The alternatives of a regex source such that a string holds a match of the source exactly where it holds
 * a match of one of them (without back-references, `p(?:a|b)s` matches where `pas` or `pbs` does). Only a
 * group between zero-width assertions is spread, so there are as many parts as words listed, never their
 * product.
 */
export function alternatives(src: string): string[] {
  const out: string[] = [];
  spread(src, 0, src.length, '', '', out);
  return out;
}

/**
 * Groups every match of a regex source holds a match of, as sources: the groups of its top-level sequence
 * that no quantifier makes optional, those of every alternative where it has several (`a(?:x|y)b|(?:x|y)c`
 * holds `(?:x|y)`). Each is a necessary condition to test before the regex: a group may be a big
 * alternation whose alternatives, tested one by one where their literals are, rule out more than the
 * regex's literal groups (which can only say "one of the alternatives' literals is there"). Lookarounds
 * consume nothing and are left out; the whole source is not its own part.
 */
export function requiredParts(src: string): string[] {
  const bars = walk(src, 0, src.length);
  let common: Set<string> | undefined;
  [-1, ...bars].forEach((bar, k) => {
    const parts = new Set(sequenceGroups(src, bar + 1, bars[k] ?? src.length));
    common = common ? new Set([...common].filter((p) => parts.has(p))) : parts;
  });
  return [...common!].filter((p) => p !== src);
}

/** The groups at the top level of src[from, to) (a sequence) that every match of it holds. */
function sequenceGroups(src: string, from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === 91) {
      for (i++; i < to && src.charCodeAt(i) !== 93; i++) if (src.charCodeAt(i) === BACKSLASH) i++;
    } else if (c === OPEN) {
      const [close] = walk(src, i, to, true) as [number];
      LOOKAROUND.lastIndex = i + 1;
      QUANTIFIER.lastIndex = close + 1;
      const q = QUANTIFIER.exec(src);
      const optional = q !== null && (q[1] === '?' || q[1] === '*' || q[2] === '0');
      if (!optional && !LOOKAROUND.test(src)) out.push(src.slice(i, close + 1));
      i = close;
    }
  }
  return out;
}

/**
 * An AnyGuard's alternatives by key group: bit k of keys[j] is set where byKey[32 * words[j] + k] lists
 * alternatives needing that group. Only the words of the found-set that hold a key are listed.
 */
interface PartIndex {
  owner: Prefilter;
  words: Int32Array;
  keys: Int32Array;
  byKey: Guard[][];
  always: Guard[];
}

/**
 * A regex that is only tested, guarded one alternative at a time. A big alternation (a myth's cue, the
 * refutation words) holds many literals, so most sentences hold one of them, and then the whole regex ran,
 * trying every branch at every position; now only the alternatives whose own literals are there run.
 */
export class AnyGuard {
  /** The regex whole, whose literals are those of every alternative: one look rules most sentences out. */
  readonly whole: Guard;
  private split: readonly Guard[] | undefined;
  /** The alternatives indexed by the groups they need, built by the prefilter on first test. */
  index: PartIndex | undefined;
  /** `shared` holds guards to stand for the alternatives of the same source (and flags), not a copy. */
  constructor(
    readonly re: RegExp,
    private readonly shared: readonly Guard[] = [],
  ) {
    if (re.global || re.sticky) throw new Error('a tested regex keeps no lastIndex');
    this.whole = new Guard(re);
  }

  /** The alternatives' guards, split on first use: the detector's module loads without paying for it. */
  get parts(): readonly Guard[] {
    if (this.split) return this.split;
    let sources = [this.re.source];
    try {
      // Under the v flag classes nest, which the walk over the source does not follow.
      if (!this.re.unicodeSets) sources = alternatives(this.re.source);
    } catch {
      // A back-reference ties the alternatives together: the regex runs whole.
    }
    const { flags } = this.re;
    return (this.split = sources.map((source) => this.shared.find((g) => g.re.source === source && g.re.flags === flags) ?? new Guard(new RegExp(source, flags))));
  }
}

/** Group ids as the words of a found-set they fall in, each with its bits: what one `seen[word] & bits` asks. */
function bitWords(ids: Iterable<number>): Map<number, number> {
  const words = new Map<number, number>();
  for (const id of ids) words.set(id >>> 5, (words.get(id >>> 5) ?? 0) | (1 << (id & 31)));
  return words;
}

/**
 * Guards looked at one after another (a myth's patterns of one kind). Each guard's first group is its most
 * selective, and a guard is allowed only where its first group was found: one look at those groups rules
 * out most lists of most sentences, where asking each guard in turn cost more than the regexes that ran.
 */
export class GuardList {
  /**
   * The groups the guards need first, as (word of the found-set, bits) pairs, built on first use; by32 holds,
   * for bit b of words[k], the guards needing that group first as bits by index (`may`'s words from
   * (32 * k + b) * may.length), and unruled those no scan rules out.
   */
  index: { owner: Prefilter; words: Int32Array; bits: Int32Array; always: boolean; by32: Int32Array; unruled: Int32Array } | undefined;
  /** Bit i set where guard i may match, as Prefilter.mayEach left it. */
  readonly may: Int32Array;
  constructor(readonly guards: readonly Guard[]) {
    this.may = new Int32Array((guards.length + 31) >>> 5);
  }
}

/**
 * The automaton over every guarded regex's literal groups. `scan(s)` reads s once; until the next scan,
 * `allows(g)` is false only where g.re cannot match s nor any substring of s. s must be lower-cased where a
 * regex has the i flag.
 */
export class Prefilter {
  /** Character -> column of the transition table (0: a character no literal holds). */
  private readonly asciiColumn = new Uint8Array(128);
  private readonly otherColumn = new Map<number, number>();
  /** Row width of the transition table: a power of two, so a row starts at state << shift, not a product. */
  private readonly columns: number;
  private readonly shift: number;
  private readonly next: Uint16Array | Int32Array;
  /** States from here on find literals (those before find none): one comparison per character tells. */
  private readonly firstFinding: number;
  /**
   * What reaching finding state s finds, as (word of `seen`, bits) pairs, one per word:
   * outs[outStart[s - firstFinding], outStart[s - firstFinding + 1]).
   */
  private readonly outStart: Int32Array;
  private readonly outs: Int32Array;
  private readonly seen: Uint32Array;
  /** Scans made, and the length of the string last scanned: what a remembered guard's answer is for. */
  private scans = 0;
  private scanned = -1;

  /**
   * `known` holds literals read ahead of time: reading them off the sources is most of the build (about
   * 100 ms warm, twice that cold). A regex missing from it (a pattern changed since) is read here.
   */
  constructor(guards: readonly Guard[], known: KnownLiterals = {}) {
    const groupIds = new Map<string, number>();
    const groups: string[][] = [];
    for (const guard of guards) {
      const ids = (known[literalsKey(guard.re)] ?? requiredLiterals(guard.re)).map((g) => {
        const key = [...g].sort().join('\0');
        if (!groupIds.has(key)) {
          groupIds.set(key, groups.length);
          groups.push(g);
        }
        return groupIds.get(key)!;
      });
      guard.owner = this;
      guard.need = Int32Array.from(ids);
    }
    const codes = new Set<number>();
    for (const lit of groups.flat()) for (let k = 0; k < lit.length; k++) codes.add(lit.charCodeAt(k));
    let column = 1;
    for (const code of codes) {
      if (code < 128) this.asciiColumn[code] = column++;
      else this.otherColumn.set(code, column++);
    }
    this.shift = 32 - Math.clz32(column - 1);
    this.columns = 1 << this.shift;
    // The trie, numbered breadth first (the shallow states, where a scan spends its time, share cache
    // lines), then failure links in the same order, folded into a full transition table.
    interface Node {
      children: Map<number, Node>;
      found: Set<number>;
      id: number;
    }
    const node = (): Node => ({ children: new Map(), found: new Set(), id: 0 });
    const root = node();
    groups.forEach((g, id) => {
      for (const lit of g) {
        let at = root;
        for (let k = 0; k < lit.length; k++) {
          const col = this.columnOf(lit.charCodeAt(k));
          let child = at.children.get(col);
          if (!child) at.children.set(col, (child = node()));
          at = child;
        }
        at.found.add(id);
      }
    });
    const order = [root];
    for (let q = 0; q < order.length; q++) for (const child of order[q]!.children.values()) order.push(child);
    order.forEach((n, id) => (n.id = id));
    const columns = this.columns;
    const states = order.length;
    const table = states < 0x10000 ? new Uint16Array(states * columns) : new Int32Array(states * columns);
    const fail: Node[] = [root];
    for (const n of order) {
      const f = fail[n.id]!;
      const row = n.id * columns;
      // A state goes where its failure state goes, except along its own children (the root's row starts at 0).
      if (n !== root) {
        for (const id of f.found) n.found.add(id);
        table.copyWithin(row, f.id * columns, f.id * columns + columns);
      }
      for (const [col, child] of n.children) {
        fail[child.id] = n === root ? root : order[table[row + col]!]!;
        table[row + col] = child.id;
      }
    }
    // Numbered again: the states that find nothing first, then those that find literals, each kind still
    // breadth first. Most characters of a sentence reach a state that finds nothing (two in three on dense
    // text), and the scan tells so without reading where that state's findings start and end.
    const quiet = order.filter((n) => n.found.size === 0);
    const finding = order.filter((n) => n.found.size > 0);
    const renumbered = new Int32Array(states);
    [...quiet, ...finding].forEach((n, id) => (renumbered[n.id] = id));
    this.next = states < 0x10000 ? new Uint16Array(states * columns) : new Int32Array(states * columns);
    for (const n of order) {
      const from = n.id * columns;
      const to = renumbered[n.id]! * columns;
      for (let col = 0; col < columns; col++) this.next[to + col] = renumbered[table[from + col]!]!;
    }
    this.firstFinding = quiet.length;
    const outs: number[] = [];
    this.outStart = new Int32Array(finding.length + 1);
    finding.forEach((n, k) => {
      this.outStart[k] = outs.length;
      for (const [word, bits] of bitWords(n.found)) outs.push(word, bits);
    });
    this.outStart[finding.length] = outs.length;
    this.outs = Int32Array.from(outs);
    this.seen = new Uint32Array(Math.ceil(groups.length / 32) || 1);
  }

  private columnOf(code: number): number {
    return code < 128 ? this.asciiColumn[code]! : (this.otherColumn.get(code) ?? 0);
  }

  /** Reads s once: which literal groups it holds. */
  scan(s: string): void {
    const { next, outStart, outs, seen, asciiColumn, otherColumn } = this;
    // As untagged integers: read off the object as they are, both were checked and shifted at every character.
    const shift = this.shift | 0;
    const firstFinding = this.firstFinding | 0;
    this.scans++;
    this.scanned = s.length;
    // A loop, not fill(): the builtin's set-up cost more than clearing the few words.
    for (let w = 0; w < seen.length; w++) seen[w] = 0;
    let state = 0;
    for (let i = 0; i < s.length; i++) {
      const code = s.charCodeAt(i);
      state = next[(state << shift) + (code < 128 ? asciiColumn[code]! : (otherColumn.get(code) ?? 0))]!;
      if (state < firstFinding) continue;
      for (let k = outStart[state - firstFinding]!, end = outStart[state - firstFinding + 1]!; k < end; k += 2) seen[outs[k]!]! |= outs[k + 1]!;
    }
  }

  /** Whether g.re may match the last scanned string or a substring of it (always, for another prefilter's guard). */
  allows(g: Guard): boolean {
    if (g.owner !== this) return true;
    const { seen } = this;
    const { need } = g;
    for (let k = 0; k < need.length; k++) if (!(seen[need[k]! >>> 5]! & (1 << (need[k]! & 31)))) return false;
    return true;
  }

  /** Whether any guard of the list may match the last scanned string (always, where one is another prefilter's). */
  mayAny(list: GuardList): boolean {
    if (list.index?.owner !== this) list.index = this.listIndex(list);
    const { words, bits, always } = list.index;
    if (always) return true;
    const { seen } = this;
    for (let k = 0; k < words.length; k++) if (seen[words[k]!]! & bits[k]!) return true;
    return false;
  }

  /**
   * Sets in list.may the guards whose first group the last scan found, and those it cannot rule out: a guard
   * not set there is not allowed. Whether any is set. Asking each guard of a myth's list in turn (up to 15)
   * cost more than the few regexes that then ran.
   */
  mayEach(list: GuardList): boolean {
    if (list.index?.owner !== this) list.index = this.listIndex(list);
    const { words, bits, by32, unruled } = list.index;
    const { may } = list;
    const { seen } = this;
    const width = may.length;
    let any = 0;
    for (let w = 0; w < width; w++) any |= may[w] = unruled[w]!;
    for (let k = 0; k < words.length; k++) {
      for (let hits = seen[words[k]!]! & bits[k]!; hits !== 0; hits &= hits - 1) {
        const at = (k * 32 + 31 - Math.clz32(hits & -hits)) * width;
        for (let w = 0; w < width; w++) any |= may[w]! |= by32[at + w]!;
      }
    }
    return any !== 0;
  }

  private listIndex(list: GuardList): NonNullable<GuardList['index']> {
    const ruled = (g: Guard) => g.owner === this && g.need.length > 0;
    const always = !list.guards.every(ruled);
    const byWord = bitWords(list.guards.filter(ruled).map((g) => g.need[0]!));
    const words = Int32Array.from(byWord.keys());
    const width = list.may.length;
    const by32 = new Int32Array(words.length * 32 * width);
    const unruled = new Int32Array(width);
    list.guards.forEach((g, i) => {
      const bit = 1 << (i & 31);
      if (!ruled(g)) unruled[i >>> 5]! |= bit;
      else by32[(words.indexOf(g.need[0]! >>> 5) * 32 + (g.need[0]! & 31)) * width + (i >>> 5)]! |= bit;
    });
    return { owner: this, words, bits: Int32Array.from(byWord.values()), always, by32, unruled };
  }

  /** g.re (not global) tested on the last scanned string, or on a part of it. */
  test(g: Guard | AnyGuard, s: string): boolean {
    if (g instanceof Guard) return this.allows(g) && this.run(g, s);
    if (!this.allows(g.whole)) return false;
    // Only the alternatives whose most selective group the scan found are looked at: checking each of a
    // big alternation's (up to 85) in turn cost more than the regexes that then ran.
    if (g.index?.owner !== this) g.index = this.indexOf(g);
    const { words, keys, byKey, always } = g.index;
    for (const part of always) if (this.run(part, s)) return true;
    const { seen } = this;
    for (let j = 0; j < words.length; j++) {
      const w = words[j]!;
      for (let hits = keys[j]! & seen[w]!; hits !== 0; hits &= hits - 1) {
        const id = w * 32 + 31 - Math.clz32(hits & -hits);
        for (const part of byKey[id]!) if (this.allows(part) && this.run(part, s)) return true;
      }
    }
    return false;
  }

  /**
   * g.re.test(s), for a remembered guard of this prefilter once a scan: s of the scanned length is the scanned
   * string itself, a shorter part of it (tested on a slice) is not remembered.
   */
  private run(g: Guard, s: string): boolean {
    if (!g.remembered || g.owner !== this || s.length !== this.scanned) return g.re.test(s);
    if (g.at !== this.scans) {
      g.at = this.scans;
      g.holds = g.re.test(s);
    }
    return g.holds;
  }

  /** g's alternatives by the first (most selective) group each needs; those needing none always run. */
  private indexOf(g: AnyGuard): PartIndex {
    const keys = new Uint32Array(this.seen.length);
    const byKey: Guard[][] = [];
    const always: Guard[] = [];
    for (const part of g.parts) {
      if (part.owner !== this || part.need.length === 0) {
        always.push(part);
        continue;
      }
      const id = part.need[0]!;
      keys[id >>> 5]! |= 1 << (id & 31);
      (byKey[id] ??= []).push(part);
    }
    const words = Int32Array.from(keys.keys()).filter((w) => keys[w] !== 0);
    return { owner: this, words, keys: words.map((w) => keys[w]!), byKey, always };
  }

}
