import type { ViewName } from '../components/url-state';
import type { AnalysisViewProps, GapOverlay, Highlight, ViewScope } from '../components/view-contract';
import { AccountView, AuditView, ChangesView, DomainsView, GapsView, ImportPage, NeighbourhoodView, SurveyView, UsersView } from './views';

export interface AnalysisPanelProps {
  view: Exclude<ViewName, 'network'>;
  scope: ViewScope;
  onHighlight: (highlight: Highlight | null) => void;
  onOverlay: (overlay: GapOverlay | null) => void;
  onSelectActor: (actorId: string) => void;
}

/** The analysis view of the active tab, handed the shared scope and the canvas's highlight callbacks. */
export function AnalysisPanel({ view, scope, onHighlight, onOverlay, onSelectActor }: AnalysisPanelProps) {
  const props: AnalysisViewProps = { scope, onHighlight, onSelectActor };
  switch (view) {
    case 'gaps':
      return <GapsView {...props} onOverlay={onOverlay} />;
    case 'domains':
      return <DomainsView {...props} />;
    case 'neighbourhood':
      return <NeighbourhoodView {...props} />;
    case 'changes':
      return <ChangesView {...props} />;
    case 'survey':
      return <SurveyView scope={scope} />;
    case 'import':
      return <ImportPage />;
    case 'users':
      return <UsersView />;
    case 'audit':
      return <AuditView />;
    case 'account':
      return <AccountView />;
  }
}
