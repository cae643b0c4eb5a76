import type { PageVerdict } from './types';
import { MYTHS } from '../myths';
import { claimOf, type ReadClaim, readSentences, type Refutation, type SentenceReading } from './claims';
import { LEAD_BLOCKS } from './sentences';

/**
 * Page rules: which claims the page's refutations take back. Stance is judged by block (a '\n'-separated
 * paragraph, list item or comment) and by what came before it, never by the page as a whole: what the page
 * says after a block does not absolve it (a reply that corrects a post, an honest line under a sales line),
 * except where it answers it (a headline's body, a heading's section, a quiz's "False.").
 */
export const QUOTED_EXAMINED = { id: 'page/quoted-examined', what: 'a quoted review or speaker on a page that argues against myths is held up to be examined' } as const;
export const SAME_BLOCK = { id: 'page/same-block', what: 'a weak claim in a block that argues against its myth is an example' } as const;
export const FRAMED = {
  id: 'page/framed',
  what: 'a weak claim after the page argued against its myth, or twice against any, is an example (a list item or ad only after the lead or a framing did)',
} as const;
export const ANSWERED = { id: 'page/answered', what: 'a weak claim whose next block opens with a verdict ("False.") is a quiz or FAQ item' } as const;
export const LEAD_ANSWERED = {
  id: 'page/lead-answered',
  what: 'a weak claim in the page lead (or a title line before any prose) or a heading, whose body argues against its myth or twice against any, is a set-up the body answers',
} as const;

export const VERDICT_RULES: readonly { id: string; what: string }[] = [QUOTED_EXAMINED, SAME_BLOCK, FRAMED, ANSWERED, LEAD_ANSWERED];

const MYTH_BIT = new Map(MYTHS.map((m, i) => [m.id, 1 << i]));
const maskOf = (r: Refutation) => r.myths.reduce((m, id) => m | MYTH_BIT.get(id)!, 0);

/** What the refutations before a point say, for one kind of listener (prose, or a list item / ad). */
class Heard {
  count = 0;
  myths = 0;
  add(mask: number) {
    this.count++;
    this.myths |= mask;
  }
}

/** Judges a read page; the ids of the page rules that took claims back are pushed on `fired`. */
export function judgeReading(reading: SentenceReading, fired: string[] = reading.fired): PageVerdict {
  const kept = keptClaims(reading, fired);
  return { flagged: kept.length > 0, claims: kept.map((c) => claimOf(reading.text, c)) };
}

/**
 * The claims of a read page that no page rule takes back, in page order; the ids of the page rules that took
 * claims back are pushed on `fired`. One sweep over claims and refutations in page order (both are), with
 * prefix and suffix sums, so time stays linear.
 */
export function keptClaims(reading: SentenceReading, fired: string[] = reading.fired): ReadClaim[] {
  const { claims, refutations } = reading;
  const n = refutations.length;
  if (n === 0) return claims;
  const masks = refutations.map(maskOf);
  const blockMyths = new Map<number, number>();
  const answeredBlocks = new Set<number>();
  // From refutation i to the page's end, and to the end of its section: how many, against which myths.
  const pageCount = new Int32Array(n + 1);
  const pageMyths = new Int32Array(n + 1);
  const sectionCount = new Int32Array(n + 1);
  const sectionMyths = new Int32Array(n + 1);
  for (let i = n - 1; i >= 0; i--) {
    const r = refutations[i]!;
    blockMyths.set(r.block, (blockMyths.get(r.block) ?? 0) | masks[i]!);
    if (r.answers) answeredBlocks.add(r.block);
    pageCount[i] = pageCount[i + 1]! + 1;
    pageMyths[i] = pageMyths[i + 1]! | masks[i]!;
    const same = i + 1 < n && refutations[i + 1]!.section === r.section;
    sectionCount[i] = (same ? sectionCount[i + 1]! : 0) + 1;
    sectionMyths[i] = (same ? sectionMyths[i + 1]! : 0) | masks[i]!;
  }
  // List items and ads are units of their own: they frame nothing, and only the lead or a framing speaks for them.
  const prose = new Heard();
  const standalone = new Heard();
  const kept: ReadClaim[] = [];
  let next = 0;
  for (const c of claims) {
    const { myth, start } = c;
    for (; next < n && refutations[next]!.at < start; next++) {
      const r = refutations[next]!;
      if (r.framing || !r.standalone) prose.add(masks[next]!);
      if (r.framing || (!r.standalone && r.block < LEAD_BLOCKS)) standalone.add(masks[next]!);
    }
    const bit = MYTH_BIT.get(myth)!;
    const heard = c.standalone ? standalone : prose;
    let rule: string | null = null;
    if (c.quoted) rule = QUOTED_EXAMINED.id;
    else if (c.stands) rule = null;
    else if ((blockMyths.get(c.block) ?? 0) & bit) rule = SAME_BLOCK.id;
    else if (heard.myths & bit || heard.count >= 2) rule = FRAMED.id;
    else if (answeredBlocks.has(c.block + 1)) rule = ANSWERED.id;
    else if (next < n) {
      // The page's lead (headline, standfirst, intro, and the title, byline and date lines before the first
      // prose) is answered by the whole page, a heading by its section.
      const lead = c.block < LEAD_BLOCKS || c.opening;
      const inSection = c.heading && refutations[next]!.section === c.section;
      const count = lead ? pageCount[next]! : inSection ? sectionCount[next]! : 0;
      const myths = lead ? pageMyths[next]! : inSection ? sectionMyths[next]! : 0;
      if (myths & bit || count >= 2) rule = LEAD_ANSWERED.id;
    }
    if (rule) fired.push(rule);
    else kept.push(c);
  }
  return kept;
}
/** The hand rules' verdict on a whole page: flagged when any promise survives the page's refutations. */
export function judgeByRules(text: string): PageVerdict {
  return judgeReading(readSentences(text));
}
