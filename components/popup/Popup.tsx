import type { TargetedKeyboardEvent } from 'preact';
import { Planner } from './Planner';
import { QuickLog } from './QuickLog';
import { StreakView } from './StreakView';
import { ProgressView } from './ProgressView';
import { DataPanel } from './DataPanel';
import { Notice } from './Notice';
import { PageStatus } from './PageStatus';
import { ready, selectTab, tab, TABS, type Tab } from './store';
import { useStickyHeight } from './sticky';
import { ui } from '../i18n/ui';

const LABEL = { plan: 'popup.tab.plan', log: 'popup.tab.log', progress: 'popup.tab.progress', streak: 'popup.tab.streak' } as const satisfies Record<Tab, string>;

/** Arrow keys move between tabs (WAI-ARIA tabs pattern); activation follows focus. */
function onTabKey(e: TargetedKeyboardEvent<HTMLElement>) {
  const i = TABS.indexOf(tab.value);
  const next = e.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(i + TABS.length - 1) % TABS.length] : e.key === 'Home' ? TABS[0] : e.key === 'End' ? TABS.at(-1) : undefined;
  if (!next) return;
  e.preventDefault();
  selectTab(next);
  document.getElementById(`tab-${next}`)?.focus();
}

export function Popup() {
  const header = useStickyHeight<HTMLElement>('header', ready.value);
  if (!ready.value) return <p class="loading">{ui.t('popup.loading')}</p>;
  return (
    <main>
      <header ref={header}>
        <h1>{ui.t('ext.name')}</h1>
        <div role="tablist" aria-label={ui.t('popup.sections')} onKeyDown={onTabKey}>
          {TABS.map((t) => (
            <button
              key={t}
              id={`tab-${t}`}
              role="tab"
              type="button"
              aria-selected={tab.value === t}
              aria-controls={`panel-${t}`}
              tabIndex={tab.value === t ? 0 : -1}
              onClick={() => selectTab(t)}
            >
              {ui.t(LABEL[t])}
            </button>
          ))}
        </div>
      </header>
      <PageStatus />
      <div id={`panel-${tab.value}`} class="panel" role="tabpanel" aria-labelledby={`tab-${tab.value}`} tabIndex={0}>
        {tab.value === 'plan' && <Planner />}
        {tab.value === 'log' && <QuickLog />}
        {tab.value === 'progress' && <ProgressView />}
        {tab.value === 'streak' && (
          <>
            <StreakView />
            <DataPanel />
          </>
        )}
      </div>
      <Notice />
    </main>
  );
}
