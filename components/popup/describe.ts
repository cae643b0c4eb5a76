import { FIT_NAME, type LogEntry, type StrengthFocus } from '../../lib/log';
import { daysBetween } from '../../lib/streak';
import { formatQuantity, type Units } from '../../lib/units';

export const FOCUS_LABEL: Record<StrengthFocus, string> = { full: 'Full body', upper: 'Upper', lower: 'Lower', back: 'Back focus' };

/** One entry in words, in the user's units: the log list, its buttons' names and the notices all use it. */
export function describeEntry(e: Pick<LogEntry, 'kind' | 'value' | 'detail'>, units: Units): string {
  switch (e.kind) {
    case 'strength':
      return `Strength session, ${FOCUS_LABEL[e.detail as StrengthFocus] ?? 'full body'}`;
    case 'walk':
      return `Walk, ${e.value.toLocaleString('en')} ${e.detail === 'steps' ? 'steps' : 'min'}`;
    case 'sleep':
      return `Sleep, ${e.value} h`;
    case 'weight':
      return `Weight, ${formatQuantity('weight', e.value, units)}`;
    case 'waist':
      return `Waist, ${formatQuantity('waist', e.value, units)}`;
    case 'fit':
      return `Clothes fit: ${FIT_NAME[e.value] ?? 'same'}`;
  }
}

const WEEKDAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A calendar date as people say it: "Today", "Yesterday", "Mon 30 Nov". */
export function dayName(date: string, today: string): string {
  if (date === today) return 'Today';
  if (daysBetween(date, today) === 1) return 'Yesterday';
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${WEEKDAY[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]} ${d} ${MONTH[m - 1]}${date.slice(0, 4) === today.slice(0, 4) ? '' : ` ${y}`}`;
}
