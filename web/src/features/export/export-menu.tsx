import type { Core } from 'cytoscape';
import { nodeKindNames, nodeKinds, todayInBrussels } from '@weefsel/graph-schema';
import { useId, useState } from 'react';
import type { Network } from '../../api/network.types';
import { useI18n } from '../../i18n/i18n-context';
import { DataExport } from '../../components/data-export';
import { download } from '../../components/download';
import { withAllEdges } from '../../graph/edge-layer';
import { tieLineStyles } from '../../graph/graph-style';
import { formatDay } from '../../i18n/format';
import { kindLabel } from '../../i18n/schema-labels';
import { framedPng, framedSvg, frameStyle, type ExportFrame } from './export-frame';
import { exportBaseName } from './export-name';
import { ReportForm } from './report-form';

export interface ExportMenuProps {
  cy: Core | null;
  /** The network as drawn (filters applied). */
  network: Pick<Network, 'nodes' | 'relations'> | null;
  scopeName: string | null;
  asOf: string | null;
  /** The area shown, for its report; null for the whole region. */
  areaId: string | null;
  /** The network shows every relation ever recorded, not one day. */
  history: boolean;
}

/** cytoscape-svg adds cy.svg(); its package has no types. */
type WithSvg = Core & { svg(options: { full: boolean; bg: string }): string };

/** The current view as PNG or SVG (titled, with legend and source), the scope's data as files, its report. */
export function ExportMenu({ cy, network, scopeName, asOf, areaId, history }: ExportMenuProps) {
  const { t, language } = useI18n();
  const id = useId();
  const [status, setStatus] = useState('');
  const base = exportBaseName(scopeName, asOf);
  const done = (file: string) => setStatus(t('export.done', { file }));
  const today = todayInBrussels();
  const frame = (): ExportFrame => {
    const kinds = new Set(network?.nodes.map((node) => node.kind));
    const collaboration = tieLineStyles.collaboration['line-color'];
    return {
      title: t(history ? 'export.headingHistory' : 'export.heading', { area: scopeName ?? t('scope.wholeRegion'), date: formatDay(history ? today : (asOf ?? today), language, 'long') }),
      source: t('export.source', { date: formatDay(today, language, 'long') }),
      legend: [
        ...nodeKindNames.filter((kind) => kinds.has(kind)).map((kind) => ({ label: kindLabel(kind, language), color: nodeKinds[kind].style.color, shape: nodeKinds[kind].style.shape })),
        { label: t('network.legend.collaboration'), color: collaboration, shape: 'line' as const },
      ],
    };
  };
  // Rough widths for the SVG's legend rows (no canvas to measure with): DejaVu Sans averages 0.6 em.
  const estimate = (text: string) => text.length * frameStyle.textSize * 0.6;

  const exports = {
    png: async () => {
      if (!cy) return;
      const blob = withAllEdges(cy, () => cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2 }));
      download(`${base}.png`, await framedPng(blob, frame()));
      done(`${base}.png`);
    },
    svg: () => {
      if (!cy) return;
      const text = withAllEdges(cy, () => (cy as WithSvg).svg({ full: true, bg: '#ffffff' }));
      download(`${base}.svg`, new Blob([framedSvg(text, frame(), estimate)], { type: 'image/svg+xml' }));
      done(`${base}.svg`);
    },
  };

  return (
    <section className="panel export-menu" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('export.title')}</h2>
      <div className="button-row">
        <button type="button" onClick={() => void exports.png()} disabled={!cy}>
          {t('export.png')}
        </button>
        <button type="button" onClick={exports.svg} disabled={!cy}>
          {t('export.svg')}
        </button>
      </div>
      <p role="status" className="status-message">
        {status}
      </p>
      <h3>{t('export.data.title')}</h3>
      <p className="hint">{t('export.data.intro')}</p>
      <DataExport scope={{ areaId, asOf, history }} />
      <h3>{t('export.report.title')}</h3>
      <ReportForm areaId={areaId} today={todayInBrussels()} />
    </section>
  );
}
