import { ui } from '../i18n/ui';
import { notice, undoNotice } from './store';
import { useStickyHeight } from './sticky';

/**
 * What just happened ("Logged: walk, 40 min") with Undo while it shows: a polite live region that is always
 * in the page, so screen readers hear each new message.
 */
export function Notice() {
  const n = notice.value;
  const bar = useStickyHeight<HTMLDivElement>('notice');
  return (
    <div ref={bar} class={n ? 'notice shown' : 'notice'} role="status" aria-live="polite">
      {n && (
        <>
          <span>{n.message}</span>
          {n.undo && (
            <>
              {' · '}
              <button type="button" class="link" onClick={() => void undoNotice()}>
                {ui.t('common.undo')}
              </button>
            </>
          )}
        </>
      )}
    </div>
  );
}
