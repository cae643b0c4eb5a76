import { signal } from '@preact/signals';
import { readerFromPlanner, type ReaderNumbers } from '../../lib/claim-numbers';
import { DEFAULT_PREFS, loadPrefs, watchPrefs, type Prefs } from '../../lib/store/prefs';

/** The reader's planner numbers for the card's numbers section; undefined until they made a plan. */
export const numbersReader = signal<ReaderNumbers | undefined>(undefined);

/** Untouched defaults are not the reader's plan, so nothing is claimed about them. */
function readerOf(prefs: Prefs): ReaderNumbers | undefined {
  const own = Object.keys(DEFAULT_PREFS.raw).some((k) => prefs.raw[k] !== DEFAULT_PREFS.raw[k]);
  return own ? readerFromPlanner(prefs.raw, prefs.units) : undefined;
}

/**
 * Reads the popup's planner into `numbersReader` and keeps it current, so an open card's numbers follow a
 * plan changed in the popup meanwhile. Returns the unsubscribe.
 */
export function followNumbersReader(): () => void {
  let changed = false;
  const stop = watchPrefs((prefs) => {
    changed = true;
    numbersReader.value = readerOf(prefs);
  });
  // A change that lands before the first read wins over it.
  void loadPrefs().then((prefs) => changed || (numbersReader.value = readerOf(prefs)));
  return stop;
}
