import { render } from 'preact';
import { DismissedClaims, startDismissedClaims } from '../../components/DismissedClaims';
import { SiteSettings, startSiteSettings } from '../../components/SiteSettings';
import { browserUi } from '../../components/i18n/browser';
import { setUi, ui } from '../../components/i18n/ui';

setUi(browserUi());
document.documentElement.lang = ui.lang;

void startSiteSettings();
void startDismissedClaims();
render(
  <>
    <h1>Reality Check</h1>
    <SiteSettings />
    <DismissedClaims />
    <p>Everything stays in your browser. Settings sync through your browser account, nothing else does.</p>
  </>,
  document.getElementById('app')!,
);
