import { useEffect } from 'preact/hooks';
import { exportCsv, exportJson } from '../../lib/log';
import { download } from '../download';
import { fallbackNotes, importChosen, importMessage, refreshDataNotes, setAsideCount, setAsideJson } from './data-store';
import { entries, prefs, status, updatePrefs } from './store';

/** Export, import (always merging), sync status, what was set aside or fell back, and the day-start hour. */
export function DataPanel() {
  const s = status.value;
  const stampName = new Date().toISOString().slice(0, 10);
  useEffect(() => void refreshDataNotes(), [s]);
  return (
    <section aria-labelledby="data-h" class="data">
      <h2 id="data-h">Your data</h2>
      <p role="status" class={`sync ${s.kind}`}>
        {s.kind === 'ok' ? 'Saved in this browser and synced through your browser account.' : s.message}
      </p>
      {fallbackNotes.value.map((note) => (
        <p key={note} class="sync warning">
          {note}
        </p>
      ))}
      <div class="row">
        <button type="button" onClick={() => download(`reality-check-${stampName}.json`, 'application/json', exportJson(entries.value))}>
          Export JSON
        </button>
        <button type="button" onClick={() => download(`reality-check-${stampName}.csv`, 'text/csv', exportCsv(entries.value))}>
          Export CSV
        </button>
        <label class="button">
          Import…
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
          <button type="button" onClick={async () => download(`reality-check-set-aside-${stampName}.json`, 'application/json', await setAsideJson())}>
            Export set-aside data ({setAsideCount.value})
          </button>
          <p class="note">Values that could not be read or were overruled, kept untouched. Nothing here is ever deleted for you.</p>
        </div>
      )}
      <p role="status" aria-live="polite">
        {importMessage}
      </p>
      <div class="field">
        <label for="day-start">My day starts at</label>
        <select
          id="day-start"
          value={String(prefs.value.dayStartHour)}
          onChange={(e) => updatePrefs({ ...prefs.value, dayStartHour: Number(e.currentTarget.value) })}
        >
          {Array.from({ length: 7 }, (_, h) => (
            <option key={h} value={String(h)}>
              {`${String(h).padStart(2, '0')}:00`}
            </option>
          ))}
        </select>
        <p class="note">A late-night walk logged before this hour counts for the evening before.</p>
      </div>
    </section>
  );
}
