import { render } from 'preact';
import { DismissedClaims, startDismissedClaims } from '../../components/DismissedClaims';
import { SiteSettings, startSiteSettings } from '../../components/SiteSettings';

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
