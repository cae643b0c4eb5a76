import type { I18n } from './i18n/translate';
import type { Milestone } from './myths/types';

/** A stage of the realistic timeline and the day of a plan it starts (weeks 2 and 6, months 3 and 6). */
export interface Stage extends Milestone {
  day: number;
}

/** The realistic timeline for fat loss done the boring way; shared by cards, the planner chart and the embed. */
export function realisticTimeline({ t }: I18n): Stage[] {
  return [
    { day: 14, when: t('timeline.weeks2to4.when'), what: t('timeline.weeks2to4.what') },
    { day: 42, when: t('timeline.weeks6to12.when'), what: t('timeline.weeks6to12.what') },
    { day: 91, when: t('timeline.months3to6.when'), what: t('timeline.months3to6.what') },
    { day: 182, when: t('timeline.months6on.when'), what: t('timeline.months6on.what') },
  ];
}

/** The caveat that belongs beside every timeline. */
export const timelineCaveat = ({ t }: I18n) => t('timeline.caveat');
