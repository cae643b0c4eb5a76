import { signal } from '@preact/signals';
import { cardFor } from '../lib/myths/cards';
import { ui } from './i18n/ui';
import { dismissalsAsJson, dismissalsLoadProblem, loadDismissals, saveDismissals, watchDismissals, type Dismissal } from '../lib/store/dismissals';
import { dayStamped, download } from './download';
import { DEFAULT_PREFS, loadPrefs } from '../lib/store/prefs';
import { UndoStatus, type Done } from './UndoStatus';

/** The claims the user marked "This isn't a myth"; null until loaded. */
const dismissed = signal<Dismissal[] | null>(null);
const status = signal<Done | null>(null);
/** What of the stored list could not be read, in words: its entries are gone from the list, so the user is told. */
const unreadable = signal<string | null>(null);
/** The user's day start, so the export's file name carries the day the popup's streak counts. */
const dayStartHour = signal(DEFAULT_PREFS.dayStartHour);
const checkStored = async () => void (unreadable.value = (await dismissalsLoadProblem())?.(ui) ?? null);

/** Loads the list and follows dismissals made on pages while the options page is open. */
export async function startDismissedClaims(): Promise<() => void> {
  dismissed.value = await loadDismissals();
  dayStartHour.value = (await loadPrefs()).dayStartHour;
  await checkStored();
  return watchDismissals((items) => {
    dismissed.value = items;
    void checkStored();
  });
}

/** Saves `next` as the list, saying `message` (with `undo` when there is one) or that nothing changed. */
async function save(list: readonly Dismissal[], next: Dismissal[], message: string, undo?: () => Promise<void>) {
  dismissed.value = next;
  try {
    await saveDismissals(next);
    status.value = { message, undo };
  } catch (e) {
    dismissed.value = [...list];
    status.value = { message: ui.t('options.save_failed', { error: (e as Error).message }) };
  }
}

/** Takes `gone` off the list, with an Undo that puts the list back as it was. */
const flagAgain = (list: readonly Dismissal[], gone: Dismissal) => {
  const next = list.filter((d) => d !== gone);
  return save(list, next, ui.t('options.flagged_again', { page: gone.page }), () => save(next, [...list], ui.t('options.dismissed_again')));
};

/** Every dismissed claim with its page and date, one "Flag again" each, and a JSON export of the list. */
export function DismissedClaims() {
  const list = dismissed.value;
  if (!list) return <p>{ui.t('options.loading_dismissed')}</p>;
  return (
    <section aria-labelledby="dismissed-h">
      <h2 id="dismissed-h">{ui.t('options.dismissed')}</h2>
      {unreadable.value && <p class="warning">{unreadable.value}</p>}
      {list.length === 0 ? (
        <p class="empty">{ui.t('options.dismissed_empty')}</p>
      ) : (
        <>
          <p>
            {ui.t('options.dismissed_count', { n: ui.num(list.length) }, list.length)}{' '}
            <button type="button" onClick={() => download(`${dayStamped('reality-check-dismissed', dayStartHour.value)}.json`, 'application/json', dismissalsAsJson(list))}>
              {ui.t('options.export')}
            </button>
          </p>
          <ul class="dismissed">
            {list.map((d) => (
              <li key={`${d.page}|${d.myth}|${d.sentence}`}>
                <q>{d.sentence}</q>
                <span class="meta">
                  {cardFor(d.myth, ui.lang).title} · {d.page} · <time dateTime={new Date(d.at).toISOString()}>{new Date(d.at).toLocaleDateString(ui.locale)}</time>
                </span>
                <button type="button" onClick={() => void flagAgain(list, d)}>
                  {ui.t('options.flag_again')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <UndoStatus done={status} />
    </section>
  );
}
