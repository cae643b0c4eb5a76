import { render } from 'preact';
import { DismissedClaims, startDismissedClaims } from '../../components/DismissedClaims';
import { SiteSettings, startSiteSettings } from '../../components/SiteSettings';
import { browserUi } from '../../components/i18n/browser';
import { setUi, ui } from '../../components/i18n/ui';

setUi(browserUi());
document.documentElement.lang = ui.lang;
document.title = ui.t('options.title');

void startSiteSettings();
void startDismissedClaims();
render(
  <>
    <h1>{ui.t('ext.name')}</h1>
    <SiteSettings />
    <DismissedClaims />
    <p>{ui.t('options.privacy')}</p>
  </>,
  document.getElementById('app')!,
);
