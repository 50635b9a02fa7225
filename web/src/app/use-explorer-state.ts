import { useCallback, useEffect, useState } from 'react';
import { decodeState, encodeState, type ExplorerState } from '../components/url-state';
import { keepLastArea, readLastArea } from './last-area';

/**
 * The explorer state lives in the URL: every change pushes a history entry (so back and forward
 * step through views, scopes and selections) and the browser's navigation restores it. Opened
 * without an address, it starts in the area the user last looked at (`restored`, else null).
 */
export function useExplorerState(userName: string | null): [ExplorerState, (change: Partial<ExplorerState>) => void, string | null] {
  const [[initial, restored]] = useState<[ExplorerState, string | null]>(() => {
    const decoded = decodeState(window.location.search);
    const last = userName && window.location.search === '' ? readLastArea(userName) : null;
    if (!last) return [decoded, null];
    const state = { ...decoded, area: last };
    window.history.replaceState(null, '', `${window.location.pathname}${encodeState(state)}${window.location.hash}`);
    return [state, last];
  });
  const [state, setState] = useState<ExplorerState>(initial);

  useEffect(() => {
    if (userName) keepLastArea(userName, state.area);
  }, [userName, state.area]);

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

  return [state, update, restored];
}
