import { hasFitnessVocabulary } from '../../lib/detect/gate';

/**
 * One native read, before any walk: most pages have no fitness stem and are then never walked. innerText,
 * not textContent: textContent holds <style> and <script> text ("font-weight" would pass the gate on most
 * pages) and runs blocks together ("Week</h2><p>Workouts" reads "WeekWorkouts", which the gate's \b misses).
 * innerText skips what is not rendered without laying it out: for 5 MB under `content-visibility: hidden`
 * it took 0.8 ms in Chromium 156, textContent 78 ms. So text only a hidden part shows (display:none tabs)
 * no longer gets a page walked; it is still read, and marked, when the shown text passes.
 */
const renderedText = (root: Node): string => (root as Partial<HTMLElement>).innerText ?? root.textContent ?? '';

/** Whether `root`'s rendered text has a fitness stem (lib/detect/gate.ts). */
export const passesGate = (root: Node): boolean => hasFitnessVocabulary(renderedText(root));
