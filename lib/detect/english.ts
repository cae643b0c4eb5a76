/**
 * English only: the model learned English words, so a page in another language is left alone rather than
 * judged on the few English words it borrows. One pass over at most the first 20,000 characters.
 */
import { hashWord } from './features';

const COMMON = new Set(
  ['the', 'and', 'to', 'of', 'a', 'in', 'is', 'it', 'you', 'that', 'for', 'your', 'this', 'with', 'on', 'are', 'be', 'can', 'or', 'as', 'not', 'do', 'will', 'my', 'i', 'at', 'but', 'from', 'have', 'if', 'by', 'an', 'what', 'how', 'more', 'than'].map(hashWord),
);
const SAMPLE = 20_000;

/** Whether at least one word in ten is a common English function word (or, under 40 words, the text is too short to tell). */
export function looksEnglish(text: string): boolean {
  let words = 0;
  let common = 0;
  let h = 0x811c9dc5;
  let inWord = false;
  const end = Math.min(text.length, SAMPLE);
  for (let i = 0; i <= end; i++) {
    let c = i < end ? text.charCodeAt(i) : 32;
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || c > 0xbf) {
      h = Math.imul(h ^ c, 0x01000193);
      inWord = true;
    } else if (inWord) {
      words++;
      if (COMMON.has(h >>> 0)) common++;
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  return words < 40 || common * 10 >= words;
}
