/**
 * The cheap first gate: one linear pass that says whether a text talks about bodies, food or training at
 * all. Pages without any of these stems cost nothing more.
 *
 * Each stem starts a word; `$` after one means a word must end there too, and `[- ]` (`[- ]?`) is a hyphen
 * or a space (or nothing) between two words. `#` before a stem lets it also follow a number within the word
 * ("5lb", "3kg"): units only, as they are written.
 */
const STEMS =
  'fat|weight|belly|tummy|stomach|waist|thigh|slim|calori|diet|workout|exercis|abs$|toning|detox|flab|cellulite|' +
  'chin|cheeks|love[- ]handle|muffin[- ]top|bulge|cleanse|starv|dress size|bingo wings|six[- ]pack|cardio|' +
  'hiit|carbs|metabol|appetite|craving|sauna|teatox|two-a-day|burn|saddlebag|hip dip|back roll|bra$|hips?$|arms?$|lean|toned?$|jiggl|' +
  'flatter|spot[- ]?reduc|spot[- ]?train|sweat|your body|my body|the body|whole body|entire body|her body|his body|their bod|our bod|' +
  // A programme named by its length ("the 21 day fix") is about bodies even where the sentence names none.
  'day[- ]fix|' +
  // The number's branch cost the gate about +20% on off-topic text (node, 1 MB: 2.6 -> 3.3 ms); a lookbehind (?<=\d) tripled it.
  '#kg$|#lbs?$|#pounds|#kilos|#inches';

/** A stem's literal spellings: `[- ]`, `[- ]?` and a trailing `s?$` / `d?$` spelled out, `#` with and without. */
function spellings(stem: string): string[] {
  if (stem.startsWith('#')) return spellings(stem.slice(1)).flatMap((s) => [s, `#${s}`]);
  const optional = /^(.*)(\[- \]\?|\[- \]|[sd]\?)(.*)$/.exec(stem);
  if (!optional) return [stem];
  const [, head, mark, tail] = optional as unknown as [string, string, string, string];
  const choices = mark.startsWith('[') ? ['-', ' ', ...(mark.endsWith('?') ? [''] : [])] : [mark[0]!, ''];
  return choices.flatMap((c) => spellings(head + c + tail));
}

type Trie = Map<string, Trie>;

/**
 * The stems as one regex factored by their letters (`f(?:at|la(?:b|tter))|w(?:eight|...)`): V8 then tries one
 * branch per letter at a word start instead of every stem in turn. In Chromium 156 on 1 MB of off-topic
 * text the flat alternation took 2.8-6.7 ms, the factored one 1.9-3.9 ms (same run, 9 reads each); a
 * hand scanner over char codes took 18-31 ms. tests/detect/gate.test.ts holds it to the flat regex.
 */
function factored(stems: readonly string[]): string {
  const root: Trie = new Map();
  for (const stem of stems) {
    let node = root;
    for (const ch of stem) node = node.get(ch) ?? node.set(ch, new Map()).get(ch)!;
    node.set('', new Map());
  }
  const source = (node: Trie): string => {
    // A stem ending here already matches: longer ones through this node add nothing.
    if (node.has('')) return '';
    const branches = [...node].map(([ch, next]) => (ch === '$' ? '\\b' : ch === '-' ? '\\-' : ch === '#' ? '\\d+' : ch) + source(next));
    return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  };
  return `\\b${source(root)}`;
}

/** The gate's regex source: wxt.config.ts has the build define it as __FITNESS_STEM__ from this. */
export const fitnessStemSource = (): string => factored(STEMS.split('|').flatMap(spellings));

/**
 * Set by the build (a string literal): factoring the stems took 1.5 ms of the first script's evaluation
 * (Chromium 156, median of 9 cold loads), on every page. Tests and tools, unbuilt, factor them here.
 */
declare const __FITNESS_STEM__: string | undefined;

const FITNESS_STEM = new RegExp(typeof __FITNESS_STEM__ === 'string' ? __FITNESS_STEM__ : fitnessStemSource(), 'i');

export function hasFitnessVocabulary(text: string): boolean {
  return FITNESS_STEM.test(text);
}

const FITNESS_STEM_FROM = new RegExp(FITNESS_STEM.source, 'gi');

/**
 * Where the first stem (or the number a unit is written against) at or after `from` starts in `text` (its
 * word boundary sees the character before), or -1.
 */
export function fitnessStemAt(text: string, from = 0): number {
  FITNESS_STEM_FROM.lastIndex = from;
  return FITNESS_STEM_FROM.exec(text)?.index ?? -1;
}
