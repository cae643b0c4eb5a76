import { ui } from '../i18n/ui';
import { prefs, setUnits } from './store';

/** The one unit choice, shown where numbers are typed (planner and log); both read the same preference. */
export function UnitSwitch() {
  return (
    <fieldset class="units">
      <legend>{ui.t('popup.units.legend')}</legend>
      <span class="choices">
        {(['metric', 'imperial'] as const).map((u) => (
          <label key={u}>
            <input type="radio" name="units" checked={prefs.value.units === u} onChange={() => setUnits(u)} />
            {ui.t(u === 'metric' ? 'popup.units.metric' : 'popup.units.imperial')}
          </label>
        ))}
      </span>
    </fieldset>
  );
}
