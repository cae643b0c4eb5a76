import { render } from 'preact';
import { SiteSettings, startSiteSettings } from '../../components/SiteSettings';

void startSiteSettings();
render(
  <>
    <h1>Reality Check</h1>
    <SiteSettings />
    <p>Everything stays in your browser. Settings sync through your browser account, nothing else does.</p>
  </>,
  document.getElementById('app')!,
);
