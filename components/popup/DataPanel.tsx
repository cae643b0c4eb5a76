import { useEffect } from 'preact/hooks';
import { exportCsv, exportJson } from '../../lib/log';
import { dayStamped, download } from '../download';
import { fallbackNotes, importChosen, importOutcome, refreshDataNotes, setAsideCount, setAsideJson } from './data-store';
import { entries, prefs, status, updatePrefs } from './store';
import { DAY_START_HOURS } from '../../lib/store/prefs';
import { ui } from '../i18n/ui';

/** Export, import (always merging), sync status, what was set aside or fell back, and the day-start hour. */
export function DataPanel() {
  const s = status.value;
  const imported = importOutcome.value;
  useEffect(() => void refreshDataNotes(), [s]);
  return (
    <section aria-labelledby="data-h" class="data">
      <h2 id="data-h">{ui.t('popup.data.title')}</h2>
      <p role="status" class={`sync ${s.kind}`}>
        {s.kind === 'ok' ? ui.t('popup.data.synced') : s.message(ui)}
      </p>
      {fallbackNotes.value.map((note) => (
        <p key={note} class="sync warning">
          {note}
        </p>
      ))}
      <div class="row">
        <button type="button" onClick={() => download(`${dayStamped('reality-check', prefs.value.dayStartHour)}.json`, 'application/json', exportJson(entries.value))}>
          {ui.t('popup.data.export_json')}
        </button>
        <button type="button" onClick={() => download(`${dayStamped('reality-check', prefs.value.dayStartHour)}.csv`, 'text/csv', exportCsv(entries.value))}>
          {ui.t('popup.data.export_csv')}
        </button>
        <label class="button">
          {ui.t('popup.data.import')}
          <input
            type="file"
            accept=".json,.csv,application/json,text/csv"
            class="sr-only"
            onChange={(e) => void importChosen(e.currentTarget)}
          />
        </label>
      </div>
      {setAsideCount.value > 0 && (
        <div class="row">
          <button type="button" onClick={async () => download(`${dayStamped('reality-check-set-aside', prefs.value.dayStartHour)}.json`, 'application/json', await setAsideJson())}>
            {ui.t('popup.data.export_set_aside', { n: ui.num(setAsideCount.value) })}
          </button>
          <p class="note">{ui.t('popup.data.set_aside_note')}</p>
        </div>
      )}
      {/* Success is told politely (the region is always there, so it is heard); a failure is an alert. */}
      <p class="import-status" role="status" aria-live="polite">
        {imported?.ok && imported.message}
      </p>
      {imported && !imported.ok && (
        <p class="error import-error" role="alert">
          {imported.message}
        </p>
      )}
      <div class="field">
        <label for="day-start">{ui.t('popup.data.day_start')}</label>
        <select
          id="day-start"
          value={String(prefs.value.dayStartHour)}
          onChange={(e) => updatePrefs({ ...prefs.value, dayStartHour: Number(e.currentTarget.value) })}
        >
          {DAY_START_HOURS.map((h) => (
            <option key={h} value={String(h)}>
              {`${String(h).padStart(2, '0')}:00`}
            </option>
          ))}
        </select>
        <p class="note">{ui.t('popup.data.day_start_note')}</p>
      </div>
    </section>
  );
}
