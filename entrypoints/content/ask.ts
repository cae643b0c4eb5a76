import type { Message } from '../../lib/messages';

/** How long the background gets to answer before a message is sent again (it may have been stopped). */
const TIMEOUT_MS = 10_000;
const TRIES = 3;

/**
 * Sends `message` until `parse` accepts an answer (null: it refuses this one). A Manifest V3 service worker can
 * be stopped at any moment, dropping the reply: a failed or silent attempt is sent again (the message wakes a
 * stopped worker). Null after TRIES attempts.
 */
export async function ask<T>(send: (m: Message) => Promise<unknown>, message: Message, parse: (reply: unknown) => T | null): Promise<T | null> {
  for (let i = 0; i < TRIES; i++) {
    let timer = 0;
    const timeout = new Promise<undefined>((ok) => (timer = window.setTimeout(ok, TIMEOUT_MS)));
    const reply = await Promise.race([send(message).catch(() => undefined), timeout]);
    clearTimeout(timer);
    const answer = parse(reply);
    if (answer !== null) return answer;
  }
  return null;
}
