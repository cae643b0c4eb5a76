import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import { start } from '../../components/popup/store';
import './popup.css';

render(<Popup />, document.getElementById('app')!);
void start().then(() => performance.mark('reality-check:popup-ready'));
