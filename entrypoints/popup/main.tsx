import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import { start } from '../../components/popup/store';
import { startPageStatus } from '../../components/popup/PageStatus';
import { browserUi } from '../../components/i18n/browser';
import { setUi, ui } from '../../components/i18n/ui';
import './popup.css';

setUi(browserUi());
document.documentElement.lang = ui.lang;
// popup.css keeps the page inside a window it is opened in; the toolbar popup sizes itself to the page.
document.documentElement.classList.toggle('in-page', !browser.extension.getViews({ type: 'popup' }).includes(window));

render(<Popup />, document.getElementById('app')!);
void start().then(() => performance.mark('reality-check:popup-ready'));
void startPageStatus();
