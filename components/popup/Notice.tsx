import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { ui } from '../i18n/ui';
import { holdNoticeWhile, notice, undoNotice } from './store';
import { useStickyHeight } from './sticky';

/**
 * What just happened ("Logged: walk, 40 min") with Undo while it shows: a polite live region that is always
 * in the page, so screen readers hear each new message. It stays while focus or the pointer is in it.
 */
export function Notice() {
  const n = notice.value;
  const bar = useStickyHeight<HTMLDivElement>('notice');
  const over = useRef(false);
  const undo = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => void (n?.focus && undo.current?.focus()), [n]);
  // Focus read when asked, not tracked by events: a removed Undo takes its focus along without a focusout.
  useEffect(() => {
    holdNoticeWhile(() => over.current || !!bar.current?.contains(document.activeElement));
    return () => holdNoticeWhile(() => false);
  }, []);
  return (
    <div
      ref={bar}
      class={n ? 'notice shown' : 'notice'}
      tabIndex={-1}
      role="status"
      aria-live="polite"
      onPointerEnter={() => void (over.current = true)}
      onPointerLeave={() => void (over.current = false)}
    >
      {n && (
        <>
          <span>{n.message}</span>
          {n.undo && (
            <>
              {' · '}
              <button
                ref={undo}
                type="button"
                class="link"
                onClick={() => {
                  // Undo goes with its notice: focus at it stays in the notice rather than dropping to the page's top.
                  if (document.activeElement === undo.current) bar.current?.focus();
                  void undoNotice();
                }}
              >
                {ui.t('common.undo')}
              </button>
            </>
          )}
        </>
      )}
    </div>
  );
}
