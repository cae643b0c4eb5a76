import type { Signal } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { ui } from './i18n/ui';

/** What an action did and, when it can be taken back, how (the options page's status, the popup's notice). */
export interface Done {
  message: string;
  undo?: () => Promise<void>;
}

/**
 * The options page's confirmation, a polite live region. An action that removes its row takes its button
 * with it, so focus would drop to the page's top: it goes to the Undo here instead, and after Undo to the
 * message that says it was undone.
 */
export function UndoStatus({ done }: { done: Signal<Done | null> }) {
  const d = done.value;
  const bar = useRef<HTMLParagraphElement>(null);
  const undo = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => void undo.current?.focus(), [d]);
  return (
    <p ref={bar} role="status" aria-live="polite" class="status" tabIndex={-1}>
      {d?.message}
      {d?.undo && (
        <>
          {' '}
          <button
            ref={undo}
            type="button"
            onClick={() => {
              bar.current?.focus();
              void d.undo!();
            }}
          >
            {ui.t('common.undo')}
          </button>
        </>
      )}
    </p>
  );
}
