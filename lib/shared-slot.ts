/**
 * A value one of our scripts leaves for another in the same isolated world: the scripts the background injects
 * on demand (the card UI, the card's parts) register what they bring in the content script's world, whose
 * globals the page cannot see, and the script that asked for them finds it there.
 */
export function sharedSlot<T>(key: string): { set(value: T): void; get(): T | undefined } {
  const shared = globalThis as Record<string, unknown>;
  return { set: (value) => void (shared[key] = value), get: () => shared[key] as T | undefined };
}
