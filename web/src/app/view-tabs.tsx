import { useRef, type KeyboardEvent } from 'react';
import { useSession } from '../components/session-context';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/messages';
import type { ViewName } from '../components/url-state';
import { visibleViews } from './view-roles';

const tabLabels: Record<ViewName, MessageKey> = {
  network: 'shell.tabs.network',
  gaps: 'shell.tabs.gaps',
  domains: 'shell.tabs.domains',
  neighbourhood: 'shell.tabs.neighbourhood',
  changes: 'shell.tabs.changes',
  survey: 'shell.tabs.survey',
  import: 'shell.tabs.import',
  users: 'shell.tabs.users',
  audit: 'shell.tabs.audit',
  account: 'shell.tabs.account',
};

export const tabId = (view: ViewName) => `tab-${view}`;
export const tabPanelId = 'view-panel';

/**
 * WAI-ARIA tabs with automatic activation: one tab in the tab order, arrow keys (and Home/End) move
 * between tabs and show the view at once.
 */
export function ViewTabs({ view, onChange }: { view: ViewName; onChange: (view: ViewName) => void }) {
  const { t } = useI18n();
  const refs = useRef(new Map<ViewName, HTMLButtonElement>());
  const { state: session } = useSession();
  const viewNames = visibleViews(session.status === 'user' ? session.user.role : null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = viewNames.indexOf(view);
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: viewNames.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = viewNames[(target + viewNames.length) % viewNames.length] ?? view;
    onChange(next);
    refs.current.get(next)?.focus();
  };

  return (
    <div className="view-tabs" role="tablist" aria-label={t('shell.tabs.label')} onKeyDown={onKeyDown}>
      {viewNames.map((name) => (
        <button
          key={name}
          ref={(element) => {
            if (element) refs.current.set(name, element);
            else refs.current.delete(name);
          }}
          type="button"
          role="tab"
          id={tabId(name)}
          aria-selected={name === view}
          aria-controls={tabPanelId}
          tabIndex={name === view ? 0 : -1}
          onClick={() => onChange(name)}
        >
          {t(tabLabels[name])}
        </button>
      ))}
    </div>
  );
}
