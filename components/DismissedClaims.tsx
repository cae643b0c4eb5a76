import { signal } from '@preact/signals';
import { CARDS } from '../lib/myths/cards';
import { dismissalsAsJson, loadDismissals, saveDismissals, watchDismissals, type Dismissal } from '../lib/store/dismissals';
import { download } from './download';

/** The claims the user marked "This isn't a myth"; null until loaded. */
const dismissed = signal<Dismissal[] | null>(null);
const status = signal('');

/** Loads the list and follows dismissals made on pages while the options page is open. */
export async function startDismissedClaims(): Promise<() => void> {
  dismissed.value = await loadDismissals();
  return watchDismissals((items) => (dismissed.value = items));
}

async function flagAgain(list: readonly Dismissal[], gone: Dismissal) {
  const next = list.filter((d) => d !== gone);
  dismissed.value = next;
  try {
    await saveDismissals(next);
    status.value = `That claim is flagged again on ${gone.page} from its next load.`;
  } catch (e) {
    dismissed.value = [...list];
    status.value = `Could not save: ${(e as Error).message}. Nothing was changed.`;
  }
}

/** Every dismissed claim with its page and date, one "Flag again" each, and a JSON export of the list. */
export function DismissedClaims() {
  const list = dismissed.value;
  if (!list) return <p>Loading the claims you dismissed…</p>;
  return (
    <section aria-labelledby="dismissed-h">
      <h2 id="dismissed-h">Claims you marked “This isn't a myth”</h2>
      {list.length === 0 ? (
        <p class="empty">No claims dismissed yet. They stay in this browser only.</p>
      ) : (
        <>
          <p>
            {list.length} {list.length === 1 ? 'claim' : 'claims'}, kept in this browser only.{' '}
            <button type="button" onClick={() => download(`reality-check-dismissed-${new Date().toISOString().slice(0, 10)}.json`, 'application/json', dismissalsAsJson(list))}>
              Export the list (JSON)
            </button>
          </p>
          <ul class="dismissed">
            {list.map((d) => (
              <li key={`${d.page}|${d.myth}|${d.sentence}`}>
                <q>{d.sentence}</q>
                <span class="meta">
                  {CARDS[d.myth].title} · {d.page} · <time dateTime={new Date(d.at).toISOString()}>{new Date(d.at).toLocaleDateString()}</time>
                </span>
                <button type="button" onClick={() => void flagAgain(list, d)}>
                  Flag again
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p role="status" aria-live="polite" class="status">
        {status}
      </p>
    </section>
  );
}
