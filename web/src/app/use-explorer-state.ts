import { useCallback, useEffect, useState } from 'react';
import { decodeState, encodeState, type ExplorerState } from '../components/url-state';

/**
 * The explorer state lives in the URL: every change pushes a history entry (so back and forward
 * step through views, scopes and selections) and the browser's navigation restores it.
 */
export function useExplorerState(): [ExplorerState, (change: Partial<ExplorerState>) => void] {
  const [state, setState] = useState<ExplorerState>(() => decodeState(window.location.search));

  useEffect(() => {
    const onPopState = () => setState(decodeState(window.location.search));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const update = useCallback((change: Partial<ExplorerState>) => {
    setState((current) => {
      const next = { ...current, ...change };
      const search = encodeState(next);
      if (search !== window.location.search) window.history.pushState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
      return next;
    });
  }, []);

  return [state, update];
}
