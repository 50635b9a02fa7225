import { useCallback, useMemo, useState } from 'react';
import { fetchNetwork } from '../../api/network.api';
import type { ActorSummary } from '../../api/network.types';
import { buildElements } from '../../graph/build-elements';
import { NetworkCanvas, type FocusRequest } from '../../graph/network-canvas';
import { useI18n } from '../../i18n/i18n-context';
import { ActorDetails } from './actor-details';
import { withDisplayNames } from './display-names';
import { NetworkLegend } from './network-legend';
import { NetworkSummary } from './network-summary';
import { ScopePicker } from './scope-picker';
import { SearchBox } from './search-box';
import { dataOf, useAsync } from './use-async';

/** The first page: the network of a scope, a search that focuses an actor, a legend and a summary. */
export function NetworkView() {
  const { t, language } = useI18n();
  const [areaId, setAreaId] = useState<string | null>(null);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [widenedFor, setWidenedFor] = useState<string | null>(null);
  const network = useAsync(`scope:${areaId ?? ''}`, (signal) => fetchNetwork(areaId, signal));
  const loaded = dataOf(network);
  const shown = useMemo(() => (loaded ? withDisplayNames(loaded, language) : null), [loaded, language]);
  const elements = useMemo(() => (shown ? buildElements(shown) : []), [shown]);
  const selected = shown?.nodes.find((node) => node.id === focus?.id) ?? null;

  const focusActor = useCallback((id: string | null) => {
    setFocus((current) => (id === null ? null : { id, seq: (current?.seq ?? 0) + 1 }));
  }, []);

  const chooseScope = (next: string | null) => {
    setAreaId(next);
    setFocus(null);
    setWidenedFor(null);
  };

  const chooseSearchResult = (actor: ActorSummary) => {
    const inView = shown?.nodes.some((node) => node.id === actor.id) ?? false;
    // An actor outside the chosen area can only be shown by widening the view to the whole region.
    if (!inView && areaId !== null) {
      setAreaId(null);
      setWidenedFor(actor.name);
    } else {
      setWidenedFor(null);
    }
    focusActor(actor.id);
  };

  return (
    <>
      <div className="toolbar">
        <ScopePicker areaId={areaId} onChange={chooseScope} />
        <SearchBox onChoose={chooseSearchResult} />
      </div>
      <main className="network-main">
        <div className="canvas-area">
          <NetworkCanvas elements={elements} focus={focus} onSelect={focusActor} label={t('networkCanvasLabel')} />
          {network.status === 'error' && (
            <p role="alert" className="error overlay">
              {t('networkFailed', { message: network.message })}
            </p>
          )}
        </div>
        <aside className="sidebar">
          <NetworkSummary elements={elements} loading={network.status === 'loading'} />
          {widenedFor && (
            <p className="notice" role="status">
              {t('selectionOutsideScope', { name: widenedFor })}
            </p>
          )}
          <ActorDetails actor={selected} />
          <NetworkLegend />
        </aside>
      </main>
    </>
  );
}
