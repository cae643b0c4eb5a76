/**
 * English only: the model learned English words, so a page in another language is left alone rather than
 * judged on the few English words it borrows. One pass over at most the first 20,000 characters.
 */
import { hashWord } from './features';

/** Common English function words: one word in ten of an English text is one of them. */
export const COMMON_WORDS = ['the', 'and', 'to', 'of', 'a', 'in', 'is', 'it', 'you', 'that', 'for', 'your', 'this', 'with', 'on', 'are', 'be', 'can', 'or', 'as', 'not', 'do', 'will', 'my', 'i', 'at', 'but', 'from', 'have', 'if', 'by', 'an', 'what', 'how', 'more', 'than'];
const COMMON = COMMON_WORDS.map(hashWord);
const SAMPLE = 20_000;

/**
 * The common words' hashes in an open-addressed table of 32-bit integers. Looked up in a Set as unsigned
 * numbers (half of them over 2^31, no small integers) they were a third of this check's time, and the check
 * about a twelfth of judging the corpus's pages.
 */
const SLOTS = 128;
const KEYS = new Int32Array(SLOTS);
const USED = new Uint8Array(SLOTS);
for (const h of COMMON) {
  let i = h & (SLOTS - 1);
  while (USED[i]) i = (i + 1) & (SLOTS - 1);
  KEYS[i] = h;
  USED[i] = 1;
}

/** Whether h (a word hash as an int32) is one of the common words'. */
function isCommon(h: number): boolean {
  for (let i = h & (SLOTS - 1); USED[i]; i = (i + 1) & (SLOTS - 1)) if (KEYS[i] === h) return true;
  return false;
}

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
      if (isCommon(h | 0)) common++;
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  return words < 40 || common * 10 >= words;
}
