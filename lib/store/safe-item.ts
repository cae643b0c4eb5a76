import { storage } from '#imports';
import type { Words } from '../i18n/translate';

type Key = `sync:${string}` | `local:${string}`;

/**
 * A WXT storage item read through a parser: a corrupted or old value never throws and never reaches the
 * UI unparsed. Reads do not rewrite storage, so the raw value stays until the user saves something.
 */
export function safeItem<T>(key: Key, parse: (raw: unknown) => T, fallback: T, problem: (raw: unknown) => Words | null) {
  const item = storage.defineItem<unknown>(key, { fallback });
  return {
    /** What fell back to defaults when the stored value was read, in words; null when nothing did. */
    async problem(): Promise<Words | null> {
      try {
        return problem(await item.getValue());
      } catch {
        return problem(Symbol('unreadable'));
      }
    },
    async load(): Promise<T> {
      try {
        return parse(await item.getValue());
      } catch {
        return parse(undefined);
      }
    },
    /** Whether anything was ever saved under the key (first run: no). */
    saved: async (): Promise<boolean> => (await storage.getItem(key)) !== null,
    save: (value: T) => item.setValue(parse(value)),
    watch: (cb: (value: T) => void) => item.watch((v) => cb(parse(v))),
  };
}
