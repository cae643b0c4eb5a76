import type { browser } from 'wxt/browser';
import type { I18n } from '../i18n/translate';
import { loadCoach, loadShown, saveShown, watchCoach } from '../store/coach';
import { dayOf, type CalendarDate } from '../streak/dates';
import { dueReminder } from './schedule';

/** The browser APIs reminders use; passed in by the background so this module imports no browser global. */
type Full = typeof browser;
type Api = Pick<Full, 'runtime' | 'permissions' | 'tabs'> & { alarms?: Full['alarms']; notifications?: Full['notifications'] };

const ALARM = 'reality-check-reminder';
/** Hourly is enough for a once-a-day nudge and a Sunday-evening check-in, and costs nothing between. */
const EVERY_MINUTES = 60;

/**
 * Keeps one hourly alarm while any reminder is on and shows what `dueReminder` says is due. The alarms and
 * notifications APIs exist only once the user has granted them (optional permissions), so everything
 * checks for them and wires up again when permissions are added.
 */
export function wireReminders(api: Api, lastLogged: () => CalendarDate | null, dayStartHour: () => Promise<number>, i18n: I18n): void {
  let listening = false;
  const attach = () => {
    if (listening || !api.alarms) return;
    listening = true;
    api.alarms.onAlarm.addListener((alarm) => void (alarm.name === ALARM && fire()));
    api.notifications?.onClicked.addListener(() => void api.tabs.create({ url: api.runtime.getURL('/popup.html#progress') }));
  };
  const schedule = async () => {
    attach();
    if (!api.alarms) return;
    const { reminders } = await loadCoach();
    if (reminders.checkIn || reminders.nudge) await api.alarms.create(ALARM, { periodInMinutes: EVERY_MINUTES, delayInMinutes: 1 });
    else await api.alarms.clear(ALARM);
  };
  const fire = async () => {
    if (!api.notifications) return;
    const now = new Date();
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(now));
    const date = dayOf(now, timeZone, await dayStartHour());
    const { reminders } = await loadCoach();
    const shown = await loadShown();
    const due = dueReminder(reminders, { date, hour }, lastLogged(), shown);
    if (!due) return;
    await saveShown({ ...shown, [due.kind]: date });
    const icon = api.runtime.getManifest().icons?.['128'];
    await api.notifications.create(`reality-check-${due.kind}`, { type: 'basic', title: due.title(i18n), message: due.message(i18n), iconUrl: icon ? api.runtime.getURL(icon as '/') : '' });
  };
  api.permissions.onAdded.addListener(() => void schedule());
  watchCoach(() => void schedule());
  void schedule();
}
