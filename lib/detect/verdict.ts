import type { Claim, PageVerdict } from './types';
import { readSentences, type ReadClaim, type Refutation, type SentenceReading } from './claims';

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
  what: 'a weak claim in the page lead or a heading, whose body argues against its myth or twice against any, is a set-up the body answers',
} as const;
/** Blocks that make a page's lead: headline, standfirst, first paragraph. */
const LEAD_BLOCKS = 3;

export const VERDICT_RULES: readonly { id: string; what: string }[] = [QUOTED_EXAMINED, SAME_BLOCK, FRAMED, ANSWERED, LEAD_ANSWERED];

/** The page rule that takes a claim back, or null when it stands. */
function takenBack(c: ReadClaim, refutations: readonly Refutation[]): string | null {
  // Called only on pages with a refutation somewhere.
  if (c.claim.quoted) return QUOTED_EXAMINED.id;
  if (c.stands) return null;
  const { myth, start } = c.claim;
  let framing = 0;
  let answering = 0;
  for (const r of refutations) {
    const against = r.myths.includes(myth);
    if (against && r.block === c.block) return SAME_BLOCK.id;
    if (r.at < start) {
      // List items and ads are units of their own: they frame nothing, and only the lead or a framing speaks for them.
      const frames = r.framing || (!r.standalone && (r.block < LEAD_BLOCKS || !c.standalone));
      if (frames && (against || ++framing >= 2)) return FRAMED.id;
    } else {
      if (r.answers && r.block === c.block + 1) return ANSWERED.id;
      // The page's lead (headline, standfirst, intro) is answered by the whole page, a heading by its section.
      if ((c.block < LEAD_BLOCKS || (c.heading && r.section === c.section)) && (against || ++answering >= 2)) return LEAD_ANSWERED.id;
    }
  }
  return null;
}

/** Judges a read page; the ids of the page rules that took claims back are pushed on `fired`. */
export function judgeReading(reading: SentenceReading, fired: string[] = reading.fired): PageVerdict {
  const kept: Claim[] = [];
  for (const c of reading.claims) {
    const rule = reading.refutations.length > 0 ? takenBack(c, reading.refutations) : null;
    if (rule) fired.push(rule);
    else kept.push(c.claim);
  }
  return { flagged: kept.length > 0, claims: kept };
}

/** The hand rules' verdict on a whole page: flagged when any promise survives the page's refutations. */
export function judgeByRules(text: string): PageVerdict {
  return judgeReading(readSentences(text));
}
