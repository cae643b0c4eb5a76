/** Generated text for the benches: our own sentences, repeated to a target size. */
export const ORDINARY = [
  'The council met on Tuesday to discuss the new bus timetable.',
  'Our garden tomatoes ripened late this year because of the cool summer.',
  'She packed two sandwiches, a flask of tea and a paperback for the train.',
  'The museum reopens next month with a wing devoted to old maps.',
  'Rain is expected across the north by the end of the week.',
];
export const FITNESS = [
  'These five moves melt back fat in 10 days!',
  'Spot reduction is a myth: you cannot choose where fat leaves from.',
  'Rows, pulldowns and hinges build a strong back over months.',
  'Wear the sweat belt to burn belly fat while you work out.',
  'Eat only 600 calories a day to drop 10 pounds fast.',
  'Walk 30 minutes most days and sleep seven to nine hours.',
];

/**
 * FITNESS without its refutation: a page that promises myths throughout, for the benches that need a page
 * read as selling whatever the model makes of one refuting sentence in six (FITNESS one sentence a line
 * reads as a debunk, so it builds no claims).
 */
export const PROMISING = FITNESS.filter((s) => !s.startsWith('Spot reduction'));

/** Cycles through `sentences` until the result reaches `size` characters, joined by `sep`. */
export function fill(sentences: readonly string[], size: number, sep = ' '): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const s = sentences[i % sentences.length]!;
    parts.push(s);
    length += s.length + sep.length;
  }
  return parts.join(sep).slice(0, size);
}

/** Paragraphs of about `size` characters in total, each a few sentences long. */
export function paragraphs(sentences: readonly string[], size: number): string[] {
  return fill(sentences, size, '\n')
    .split('\n')
    .reduce<string[]>((acc, s, i) => {
      if (i % 4 === 0) acc.push(s);
      else acc[acc.length - 1] += ` ${s}`;
      return acc;
    }, []);
}

export function medianMs(fn: () => void, runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}
