import type { MythId } from '../myths/types';

/** One myth claim found in a text. Offsets index into the exact string given to findClaims. */
export interface Claim {
  myth: MythId;
  /** Start offset (UTF-16 code units) of the claim sentence in the scanned text. */
  start: number;
  /** End offset, exclusive. */
  end: number;
  /** The matched sentence, text.slice(start, end). */
  sentence: string;
  /** 0..1, how sure the detector is that the sentence promises (not refutes) the myth. */
  confidence: number;
  /** Set when the whole sentence is in quotation marks: a review or a speaker, not the page's own voice. */
  quoted?: true;
}

/** Page-level decision built from the claims. A debunking page gets flagged: false. */
export interface PageVerdict {
  flagged: boolean;
  claims: Claim[];
}
