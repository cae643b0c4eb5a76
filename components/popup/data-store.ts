import { signal } from '@preact/signals';
import { MAX_IMPORT_BYTES } from '../../lib/log/port';
import { prefsLoadProblem } from '../../lib/store/prefs';
import { settingsLoadProblem } from '../../lib/store/settings';
import { importText, refusedImport, setAside, type ImportOutcome } from './store';
import { ui } from '../i18n/ui';

/** The data panel's state: the last import's outcome, settings that fell back, what is set aside. */
export const importOutcome = signal<ImportOutcome | null>(null);
export const fallbackNotes = signal<string[]>([]);
export const setAsideCount = signal(0);

export async function refreshDataNotes(): Promise<void> {
  const [settings, prefs, kept] = await Promise.all([settingsLoadProblem(), prefsLoadProblem(), setAside()]);
  fallbackNotes.value = [settings, prefs].flatMap((p) => (p ? [p(ui)] : []));
  setAsideCount.value = kept.length;
}

/**
 * Imports the file chosen in `input`. The input is read and reset before any await: the event's target is
 * gone after one, and a reset input lets the same file be chosen again.
 */
export async function importChosen(input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  importOutcome.value = null;
  importOutcome.value = file.size > MAX_IMPORT_BYTES ? refusedImport(ui.t('popup.data.too_big')) : await importText(await file.text());
}

export const setAsideJson = async () => JSON.stringify({ format: 'reality-check-set-aside', exported: new Date().toISOString(), items: await setAside() }, null, 1);
