/**
 * The cheap first gate: one linear pass that says whether a text talks about bodies, food or training at
 * all. Pages without any of these stems cost nothing more.
 */
const FITNESS_STEM =
  /\b(?:fat|weight|belly|tummy|stomach|waist|thigh|slim|calori|diet|workout|exercis|abs\b|toning|detox|flab|cellulite|pounds|kilos|inches|chin|cheeks|love[- ]handle|muffin[- ]top|bulge|cleanse|starv|dress size|bingo wings|six[- ]pack|cardio|hiit|carbs|sauna|teatox|two-a-day|burn|saddlebag|hip dip|back roll|bra\b|kg\b|lbs?\b|hips?\b|arms?\b|lean|toned?\b|jiggl|flatter|spot[- ]?reduc|spot[- ]?train|sweat)/i;

export function hasFitnessVocabulary(text: string): boolean {
  return FITNESS_STEM.test(text);
}
