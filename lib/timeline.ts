import type { Milestone } from './myths/types';

/** The realistic timeline for fat loss done the boring way; shared by cards, the planner chart and the embed. */
export const REALISTIC_TIMELINE: readonly Milestone[] = [
  {
    when: 'Weeks 2-4',
    what: 'You feel better and clothes may sit a little differently. The mirror barely moves yet, and that is expected.',
  },
  {
    when: 'Weeks 6-12',
    what: 'Face, waist and arms change more visibly. The back usually trails behind, which is normal, not failure.',
  },
  {
    when: 'Months 3-6',
    what: 'Stubborn places such as the lower back and bra-line finally start to give for many people.',
  },
  {
    when: '6 months and on',
    what: 'The change stops feeling forced and starts to look like your normal.',
  },
];

/** The caveat that belongs beside every timeline. */
export const TIMELINE_CAVEAT =
  'Genetics, your starting point, sleep, stress and consistency all shift these weeks. Clothes usually notice before the mirror does.';
