import { signal } from '@preact/signals';
import { readerFromPlanner, type ReaderNumbers } from '../../lib/claim-numbers';
import { DEFAULT_PREFS, loadPrefs } from '../../lib/store/prefs';

/** The reader's planner numbers for the card's numbers section; undefined until they made a plan. */
export const numbersReader = signal<ReaderNumbers | undefined>(undefined);

/** Reads the popup's planner; untouched defaults are not the reader's plan, so nothing is claimed about them. */
export async function loadNumbersReader(): Promise<void> {
  const prefs = await loadPrefs();
  const own = Object.keys(DEFAULT_PREFS.raw).some((k) => prefs.raw[k] !== DEFAULT_PREFS.raw[k]);
  numbersReader.value = own ? readerFromPlanner(prefs.raw, prefs.units) : undefined;
}
