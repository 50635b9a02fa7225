import { nodeKindNames, nodeKinds, relationStatuses, type NodeKind } from '@weefsel/graph-schema';
import { overlayColors, overviewTieColor, relationKindColors, tieLineStyles } from '../../graph/graph-style';
import { useI18n } from '../../i18n/i18n-context';
import { kindLabel, kindPluralLabel, relationLabel } from '../../i18n/schema-labels';
import type { ElementDefinition } from 'cytoscape';
import { KindShapeIcon } from './kind-shape-icon';
import { legendContent, type LegendContent } from './legend-content';

function LineSample({ color, width = 2, dash, opacity = 1 }: { color: string; width?: number; dash?: string; opacity?: number }) {
  return (
    <svg className="line-sample" width="28" height="8" viewBox="0 0 28 8" aria-hidden="true" focusable="false">
      <line x1="1" y1="4" x2="27" y2="4" stroke={color} strokeWidth={width} strokeDasharray={dash} opacity={opacity} />
    </svg>
  );
}

function RingSample({ color, dash }: { color: string; dash?: string }) {
  return (
    <svg className="line-sample" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6" fill="#ffffff" stroke={color} strokeWidth="3" strokeDasharray={dash} />
    </svg>
  );
}

/** The overview's legend: what one node and one line stand for (the areas are all of one kind). */
function OverviewLegend({ areaKind }: { areaKind: NodeKind }) {
  const { t, language } = useI18n();
  const style = nodeKinds[areaKind].style;
  return (
    <section className="panel legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('network.legend.title')}</h2>
      <ul>
        <li>
          <KindShapeIcon shape={style.shape} color={style.color} />
          {t('network.legend.overviewAreas', { kinds: kindPluralLabel(areaKind, language) })}
        </li>
        <li>
          <LineSample color={overviewTieColor} width={5} />
          {t('network.legend.overviewTies')}
        </li>
      </ul>
    </section>
  );
}

/** Before anything is drawn: every kind, relation kind and line look. */
const everything: LegendContent = {
  kinds: [...nodeKindNames],
  boundaryKind: nodeKindNames[0],
  relationKinds: [...relationKindColors.keys()],
  structural: true,
  planned: true,
  ended: true,
};

/**
 * The legend is built from graph-schema and the stylesheet's own colours, so canvas and legend
 * agree, and lists only what the map draws (`legendContent`). In the overview (`overviewKind`: the kind of the areas drawn) it says what an area node
 * and a bundled line stand for instead, since no actor or relation kind is drawn there.
 */
export function NetworkLegend({ overlayShown, overviewKind = null, elements }: { overlayShown: boolean; overviewKind?: NodeKind | null; elements: readonly ElementDefinition[] }) {
  const { t, language } = useI18n();
  if (overviewKind) return <OverviewLegend areaKind={overviewKind} />;
  const shown = legendContent(elements) ?? everything;
  const boundary = shown.boundaryKind && nodeKinds[shown.boundaryKind].style;
  const structural = tieLineStyles.structural;
  return (
    <section className="panel legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('network.legend.title')}</h2>
      <ul>
        {shown.kinds.map((kind) => (
          <li key={kind}>
            <KindShapeIcon shape={nodeKinds[kind].style.shape} color={nodeKinds[kind].style.color} />
            {kindLabel(kind, language)}
          </li>
        ))}
        {boundary && (
          <li>
            <KindShapeIcon shape={boundary.shape} color={boundary.color} faded />
            {t('network.legend.boundary')}
          </li>
        )}
        {shown.relationKinds.map((kind) => (
          <li key={kind}>
            <LineSample color={relationKindColors.get(kind) ?? '#4a4f57'} />
            {relationLabel(kind, language)}
          </li>
        ))}
        {shown.structural && (
          <li>
            <LineSample color={structural['line-color']} width={structural.width} dash="2 2" />
            {t('network.legend.structural')}
          </li>
        )}
        {shown.planned && (
          <li>
            <LineSample color="#4a4f57" dash="5 3" />
            {relationStatuses.PLANNED[language]}
          </li>
        )}
        {shown.ended && (
          <li>
            <LineSample color="#4a4f57" opacity={0.25} />
            {relationStatuses.ENDED[language]}
          </li>
        )}
        {overlayShown && (
          <>
            <li className="legend-overlay">
              <RingSample color={overlayColors.isolated} />
              {t('network.legend.isolated')}
            </li>
            <li className="legend-overlay">
              <RingSample color={overlayColors.singlePointOfFailure} />
              {t('network.legend.singlePointOfFailure')}
            </li>
            <li className="legend-overlay">
              <RingSample color={overlayColors.informalWithoutFormal} dash="3 2" />
              {t('network.legend.informalWithoutFormal')}
            </li>
          </>
        )}
      </ul>
    </section>
  );
}
