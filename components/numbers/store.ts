import { readerFromPlanner, type ReaderNumbers } from '../../lib/claim-numbers';
import { DEFAULT_PREFS, loadPrefs, watchPrefs, type Prefs } from '../../lib/store/prefs';

/** Untouched defaults are not the reader's plan, so nothing is claimed about them. */
function readerOf(prefs: Prefs): ReaderNumbers | undefined {
  const own = Object.keys(DEFAULT_PREFS.raw).some((k) => prefs.raw[k] !== DEFAULT_PREFS.raw[k]);
  return own ? readerFromPlanner(prefs.raw, prefs.units) : undefined;
}

/**
 * Reads the popup's planner into `set` and keeps it current, so an open card's numbers follow a plan changed
 * in the popup meanwhile. Returns the unsubscribe.
 */
export function followNumbersReader(set: (reader: ReaderNumbers | undefined) => void): () => void {
  let changed = false;
  const stop = watchPrefs((prefs) => {
    changed = true;
    set(readerOf(prefs));
  });
  // A change that lands before the first read wins over it.
  void loadPrefs().then((prefs) => changed || set(readerOf(prefs)));
  return stop;
}
