/** Stable ids of the myths the catalog knows. Adding a myth: one file in lib/myths + one line in index.ts. */
export type MythId = 'spot-reduction' | 'rapid-fix' | 'extreme-restriction' | 'magic-product';

/** One milestone of a realistic timeline ("weeks 2-4": "feel better…"). */
export interface Milestone {
  when: string;
  what: string;
}

/**
 * A reality-check card: plain data, every user-visible string of one myth in one place so it can be
 * translated as a unit. Rendered by components/RealityCard in the content script, the embed and the popup.
 */
export interface Card {
  /** Short heading, e.g. "You can't pick where fat leaves from". */
  title: string;
  /** The claim in plain words, as the page sells it. */
  claim: string;
  /** The honest answer. */
  honest: string;
  /** What works instead: a few short bullet points. */
  instead: string[];
  /** A realistic timeline for this myth's promise. */
  timeline: Milestone[];
  /** One small next step the reader can take today. */
  nextStep: string;
}

/**
 * What the in-page card shows before "More": overlay.js bundles the faces alone, and the rest of each card
 * comes with card.js when the user reaches for the overlay (components/overlay/card-parts).
 */
export type CardFace = Pick<Card, 'title' | 'honest'>;

/**
 * One detector rule: a stable id (tests and traces name it), what it recognises, and its pattern. Its
 * examples live apart, in the myth's Examples, so no bundle carries them.
 */
export interface Rule {
  id: string;
  what: string;
  re: RegExp;
  /**
   * A regex every sentence `re` matches also matches, and fails on sooner: where it fails, `re` is not run.
   * For a pattern whose common part comes first and whose rare part runs at every gap position after it.
   * Where it is also an alternative of the myth's cue, one test a sentence answers both.
   */
  needs?: RegExp;
}

/** Sentences a rule must fire on (`match`) and near misses it must not fire on (`miss`). */
export interface RuleExamples {
  match: readonly string[];
  miss: readonly string[];
}

/**
 * How the detector recognises one myth. All regexes run on one lower-cased sentence of bounded length
 * (see lib/detect/sentences.ts), which keeps every match linear in the page size.
 */
export interface MythPatterns {
  /**
   * What every claim of this myth must contain (a deadline, a product, a body area): one cheap test that
   * skips the claim patterns for most sentences.
   */
  cue: RegExp;
  /** A sentence matching any of these makes the claim (before stance is judged). */
  claim: readonly Rule[];
  /**
   * Claims that only a believer states as fact (a mechanism, a prescription): unrefuted, they stand even on
   * a page that elsewhere admits the myth is a myth.
   */
  strong?: readonly Rule[];
  /** Statements that refute this myth specifically ("you can't spot reduce"); they lower a page's verdict. */
  refute: readonly Rule[];
  /**
   * Names a later sentence of the same block may stand for with "it", "they" or "this": such a sentence is
   * read with the last name matched in its subject's place ("Our wrap is made of clay. It melts belly fat.").
   */
  carry?: readonly Rule[];
}

/** A myth's names as readers see them; one set per language, like the card. */
export interface MythWords {
  /** Short name for lists and menus. */
  label: string;
  /**
   * Why a claim of this myth was flagged, in one line that completes "Flagged because it …"
   * ("promises fat loss from one chosen spot"). Kept off the Card, so the embed never ships it.
   */
  why: string;
}

export interface Myth extends MythWords {
  id: MythId;
  patterns: MythPatterns;
  card: Card;
}

/** Our own example sentences for one myth; kept out of the Myth so bundles never carry them. */
export interface Examples {
  /** Sentences that promise the myth: each flags a page on its own. */
  promise: readonly string[];
  /** Sentences that argue against the myth: each must register a refutation of it (stance reaches it). */
  refute: readonly string[];
  /** Sound sentences in the myth's words that neither promise nor refute (technique, plain advice). */
  neutral: readonly string[];
  /** Each rule's own examples, by rule id: every rule of the myth has some. */
  rules: Readonly<Record<string, RuleExamples>>;
}
