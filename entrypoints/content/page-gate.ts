import { rendersTextIn } from '../../components/overlay/geometry';
import { fitnessStemAt, hasFitnessVocabulary } from '../../lib/detect/gate';
import { joinPieces, pieceAt } from '../../lib/page-text';
import { collectText } from './collect';

/**
 * One native read, before any walk: innerText, not textContent: textContent holds <style> and <script> text
 * ("font-weight" would pass the gate on most pages) and runs blocks together ("Week</h2><p>Workouts" reads
 * "WeekWorkouts", which the gate's \b misses). innerText skips what is not rendered without laying it out:
 * for 5 MB under `content-visibility: hidden` it took 0.8 ms in Chromium 156, textContent 78 ms. For changed
 * parts of a page and the flagger's rescans; a page's first look is `sampleGate`.
 */
const renderedText = (root: Node): string => (root as Partial<HTMLElement>).innerText ?? root.textContent ?? '';

/** Whether `root`'s rendered text has a fitness stem (lib/detect/gate.ts). */
export const passesGate = (root: Node): boolean => hasFitnessVocabulary(renderedText(root));

/**
 * How many characters of a page's text one sample reads: 32 k took 0.5 ms in Chromium 156 on the 1 MB bench
 * page (innerText of all of it 5-19 ms, the gate over that 4-50 ms under load); 64 k 0.7 ms, 128 k 2.6 ms.
 * 32 k is some seven screens of a laptop's window; a page's opening is all the corpus's excerpts hold.
 */
export const SAMPLE = 1 << 15;

/**
 * And at most this many elements: in Chromium 156, 100,000 empty elements hidden by CSS before the text cost
 * a 32 k walk 19-57 ms (innerText, which skips them, 5.6-6.7 ms); with 4,096 it took 0.7 ms. The bench
 * page's 32 k characters take about 125.
 */
export const SAMPLE_ELEMENTS = 1 << 12;

/** What a sample said, and (when it passed none and the walk stopped early) the node the next one starts after. */
export interface Sampled {
  passes: boolean;
  resumeAfter?: Text | Element;
}

/**
 * Gates SAMPLE characters (in at most SAMPLE_ELEMENTS elements) of `root`'s text, from after `after` when
 * given: the walk the flagger reads with (no <style> or <script> text, blocks apart, hidden and editable
 * boxes by attribute skipped) and no read of all the page's text. A stem passes only where the page renders it (what innerText
 * would have read): text only a display:none tab, a collapsed menu or a content-visibility: hidden part holds
 * does not get a page walked.
 */
export function sampleGate(root: Node, after?: Node): Sampled {
  const read = collectText(root, null, SAMPLE, after, SAMPLE_ELEMENTS);
  const joined = joinPieces(read.pieces);
  for (let at = fitnessStemAt(joined.text); at >= 0; ) {
    const piece = pieceAt(joined, at);
    const parent = read.parents[piece];
    if (!parent || rendersTextIn(parent, { visibilityProperty: true })) return { passes: true };
    at = fitnessStemAt(joined.text, joined.starts[piece]! + read.pieces[piece]!.text.length);
  }
  return { passes: false, resumeAfter: read.resumeAfter ?? read.stoppedIn };
}
