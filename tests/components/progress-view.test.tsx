import { afterEach, beforeEach, expect, test } from 'vitest';
import { coach } from '../../components/popup/progress-store';
import { logEntry, today } from '../../components/popup/store';
import { flush, mountPopup, unmount } from './popup-mount';
import { addDays, weekStart } from '../../lib/streak';

let root: HTMLElement;
const text = () => root.querySelector('.progress')!.textContent!;

beforeEach(async () => {
  root = await mountPopup('progress');
});
afterEach(() => unmount(root));

test('nothing logged: one empty state, no caption for a chart that is not there, no score for a week before the plan', () => {
  expect(root.querySelector('.progress .empty-state')?.textContent).toMatch(/Nothing logged yet/);
  expect(text()).not.toMatch(/Shaded:/);
  expect(text()).not.toMatch(/Last week|0 of 3|good weeks in a row/);
  expect(root.querySelector('.progress .read')).toBeNull();
});

test('a plan that began this week: no review of last week, the day the first one comes instead', async () => {
  coach.value = { ...coach.value, planStart: today.value };
  await logEntry('strength', 1, 'full', today.value, true);
  await flush();
  expect(root.querySelector('.progress .empty-state')).toBeNull();
  expect(text()).not.toMatch(/Last week/);
  const firstReview = addDays(weekStart(addDays(today.value, 6)), 7);
  expect(firstReview > today.value).toBe(true);
  expect(root.querySelector('.progress .review-pending')?.textContent).toMatch(/^Your first weekly review comes on \w{3} \d{1,2} \w{3}\.$/);
});

test('a plan that began weeks ago: last week is reviewed, and the shading is explained under the chart', async () => {
  coach.value = { ...coach.value, planStart: addDays(today.value, -21) };
  for (const ago of [20, 18, 16, 13, 11, 9, 6, 4, 2]) await logEntry('weight', 80 - ago * 0.05, undefined, addDays(today.value, -ago), true);
  await flush();
  expect(root.querySelector('.progress .review')?.textContent).toMatch(/Strength sessions: 0 of 3/);
  expect(root.querySelector('.progress figure.chart + .note')?.textContent).toMatch(/^Shaded:/);
});

test('one weigh-in is no change yet: the since-start figure says "not yet", never "±0 kg"', async () => {
  coach.value = { ...coach.value, planStart: today.value };
  await logEntry('weight', 72, undefined, today.value, true);
  await flush();
  const stat = [...root.querySelectorAll('.progress .stat')].find((s) => /since the start/.test(s.textContent ?? ''))!;
  expect(stat.textContent).toMatch(/not yet$/);
});

test('a plan start after today or years back is refused at the field with a message, and the start already set stays', async () => {
  const set = addDays(today.value, -30);
  coach.value = { ...coach.value, planStart: set };
  await flush();
  const field = root.querySelector<HTMLInputElement>('#plan-start')!;
  for (const typed of [addDays(today.value, 1), '0001-01-01']) {
    field.value = typed;
    field.dispatchEvent(new Event('change', { bubbles: true }));
    await flush();
    // A mistyped year used to reset the start to "from the first weigh-in" in silence ("week 105709" for year 1).
    expect(coach.value.planStart, typed).toBe(set);
    const msg = root.querySelector(`#${field.getAttribute('aria-describedby')}`);
    expect(msg?.textContent, typed).toMatch(/^Pick a day from .+ to today\.$/);
    expect(field.getAttribute('aria-invalid')).toBe('true');
  }
  field.value = addDays(today.value, -7);
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await flush();
  expect(coach.value.planStart).toBe(addDays(today.value, -7));
  expect(field.getAttribute('aria-invalid')).toBeNull();
});
