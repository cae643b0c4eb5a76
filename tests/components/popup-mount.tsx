import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import { DEFAULT_PREFS } from '../../lib/store/prefs';
import { notice, pendingRepeat, prefs, selectTab, start, type Tab } from '../../components/popup/store';

/** Lets the stores' storage round trips and the renders they cause settle. */
export const flush = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};

/** The popup as a fresh start shows it (default plan, nothing announced), on `tab`. */
export async function mountPopup(tab: Tab): Promise<HTMLElement> {
  prefs.value = DEFAULT_PREFS;
  notice.value = null;
  pendingRepeat.value = null;
  await start();
  const root = document.createElement('div');
  document.body.append(root);
  render(<Popup />, root);
  selectTab(tab);
  await flush();
  return root;
}

export function unmount(root: HTMLElement): void {
  render(null, root);
  root.remove();
}
