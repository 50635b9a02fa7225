import type { Core } from 'cytoscape';
import { fitDrawing } from '../../graph/canvas-viewport';
import { useI18n } from '../../i18n/i18n-context';

/** Fit, zoom and reset for people without a scroll wheel or trackpad; keyboard reachable. */
export function CanvasControls({ cy, onReset }: { cy: Core | null; onReset: () => void }) {
  const { t } = useI18n();
  const zoomBy = (factor: number) => {
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };
  return (
    // Marked as drawn over the map: the label layer keeps names out from under these buttons.
    <div className="canvas-controls" role="toolbar" aria-label={t('network.canvas.controls')} data-covers-map="">
      <button type="button" onClick={() => cy && fitDrawing(cy)} disabled={!cy}>
        {t('network.canvas.fit')}
      </button>
      <button type="button" onClick={() => zoomBy(1.25)} disabled={!cy} aria-label={t('network.canvas.zoomIn')}>
        +
      </button>
      <button type="button" onClick={() => zoomBy(0.8)} disabled={!cy} aria-label={t('network.canvas.zoomOut')}>
        −
      </button>
      <button type="button" onClick={onReset} disabled={!cy}>
        {t('network.canvas.reset')}
      </button>
    </div>
  );
}
