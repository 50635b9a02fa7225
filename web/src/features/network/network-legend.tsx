import { nodeKindNames, nodeKinds } from '@weefsel/graph-schema';
import { tieLineStyles } from '../../graph/graph-style';
import { useI18n } from '../../i18n/i18n-context';
import { kindLabel } from '../../i18n/schema-labels';
import { KindShapeIcon } from './kind-shape-icon';

function LineSample({ tie }: { tie: keyof typeof tieLineStyles }) {
  const style = tieLineStyles[tie];
  return (
    <svg className="line-sample" width="28" height="8" viewBox="0 0 28 8" aria-hidden="true" focusable="false">
      <line
        x1="1" y1="4" x2="27" y2="4"
        stroke={style['line-color']}
        strokeWidth={style.width}
        strokeDasharray={style['line-style'] === 'dashed' ? '4 3' : undefined}
      />
    </svg>
  );
}

/** The legend is built from graph-schema, the same source the canvas takes its styles from. */
export function NetworkLegend() {
  const { t, language } = useI18n();
  const firstKind = nodeKinds[nodeKindNames[0]].style;
  return (
    <section className="panel legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('legendTitle')}</h2>
      <ul>
        {nodeKindNames.map((kind) => (
          <li key={kind}>
            <KindShapeIcon shape={nodeKinds[kind].style.shape} color={nodeKinds[kind].style.color} />
            {kindLabel(kind, language)}
          </li>
        ))}
        <li>
          <KindShapeIcon shape={firstKind.shape} color={firstKind.color} faded />
          {t('legendBoundary')}
        </li>
        <li>
          <LineSample tie="collaboration" />
          {t('legendCollaboration')}
        </li>
        <li>
          <LineSample tie="structural" />
          {t('legendStructural')}
        </li>
      </ul>
    </section>
  );
}
