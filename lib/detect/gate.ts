/**
 * The cheap first gate: one linear pass that says whether a text talks about bodies, food or training at
 * all. Pages without any of these stems cost nothing more.
 */
const FITNESS_STEM =
  /\b(?:fat|weight|belly|tummy|stomach|waist|thigh|slim|calori|diet|workout|exercis|abs\b|toning|detox|flab|cellulite|pounds|lbs\b|kilos|inches|chin|cheeks|love handles|muffin top|bulge|cleanse|starv|dress size|bingo wings|flab)/i;

export function hasFitnessVocabulary(text: string): boolean {
  return FITNESS_STEM.test(text);
}
