import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import { start } from '../../components/popup/store';
import { startPageStatus } from '../../components/popup/PageStatus';
import './popup.css';

render(<Popup />, document.getElementById('app')!);
void start().then(() => performance.mark('reality-check:popup-ready'));
void startPageStatus();
