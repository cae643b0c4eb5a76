import { FIT_NAME, type Fit, type LogEntry, type StrengthFocus } from '../../lib/log';
import { formatDate } from '../../lib/i18n/format';
import { daysBetween } from '../../lib/streak';
import { formatQuantity, type Units } from '../../lib/units';
import { ui } from '../i18n/ui';

const FOCUS = { full: 'popup.focus.full', upper: 'popup.focus.upper', lower: 'popup.focus.lower', back: 'popup.focus.back' } as const satisfies Record<StrengthFocus, string>;
export const focusLabel = (f: StrengthFocus) => ui.t(FOCUS[f] ?? FOCUS.full);

const FIT_WORD = { looser: 'popup.fit.looser', same: 'popup.fit.same', tighter: 'popup.fit.tighter' } as const satisfies Record<Fit, string>;
/** "looser", "same", "tighter" in the UI language. */
export const fitWord = (f: Fit) => ui.t(FIT_WORD[f]);

/** One entry in words, in the user's units: the log list, its buttons' names and the notices all use it. */
export function describeEntry(e: Pick<LogEntry, 'kind' | 'value' | 'detail'>, units: Units): string {
  const t = ui.t;
  switch (e.kind) {
    case 'strength':
      return t('popup.entry.strength', { focus: focusLabel(e.detail as StrengthFocus) });
    case 'walk':
      return t(e.detail === 'steps' ? 'popup.entry.walk_steps' : 'popup.entry.walk_min', { n: ui.num(e.value) });
    case 'sleep':
      return t('popup.entry.sleep', { n: ui.num(e.value) });
    case 'weight':
      return t('popup.entry.weight', { q: formatQuantity('weight', e.value, units, 1, ui.locale) });
    case 'waist':
      return t('popup.entry.waist', { q: formatQuantity('waist', e.value, units, 1, ui.locale) });
    case 'fit':
      return t('popup.entry.fit', { fit: fitWord(FIT_NAME[e.value] ?? 'same') });
  }
}

/** A calendar date as people say it: "Today", "Yesterday", "Fri, Nov 27" ("vie, 27 nov"), the year if not this one. */
export function dayName(date: string, today: string): string {
  if (date === today) return ui.t('popup.day.today');
  if (daysBetween(date, today) === 1) return ui.t('popup.day.yesterday');
  const year = date.slice(0, 4) === today.slice(0, 4) ? {} : { year: 'numeric' as const };
  return formatDate(ui.locale, date, { weekday: 'short', day: 'numeric', month: 'short', ...year });
}
