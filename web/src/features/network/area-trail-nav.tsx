import { useI18n } from '../../i18n/i18n-context';
import type { TrailStep } from './area-trail';

export interface AreaTrailNavProps {
  /** From the top down to the area shown; null while on its way. */
  trail: TrailStep[] | null;
  /** Opens an area of the trail, or the whole region (null). */
  onChoose: (areaId: string | null) => void;
  /** A short line under the trail (how zooming moves between levels in the overview). */
  hint: string | null;
}

/**
 * Where the map is, over its top left corner: the whole region, then each area down to the one
 * shown; each step above opens that level again.
 */
export function AreaTrailNav({ trail, onChoose, hint }: AreaTrailNavProps) {
  const { t } = useI18n();
  const steps = trail ?? [];
  return (
    // Marked as drawn over the map: the label layer keeps names out from under it.
    <div className="map-trail" data-covers-map="">
      <nav aria-label={t('network.trail.label')}>
        <ol>
          <li>
            {steps.length === 0 && trail !== null ? (
              <span aria-current="page">{t('scope.wholeRegion')}</span>
            ) : (
              <button type="button" className="link" onClick={() => onChoose(null)}>
                {t('scope.wholeRegion')}
              </button>
            )}
          </li>
          {steps.map((step, index) => (
            <li key={step.id}>
              {index === steps.length - 1 ? (
                <span aria-current="page">{step.name}</span>
              ) : (
                <button type="button" className="link" onClick={() => onChoose(step.id)}>
                  {step.name}
                </button>
              )}
            </li>
          ))}
          {trail === null && <li aria-hidden="true">…</li>}
        </ol>
      </nav>
      {hint && <p className="map-trail-hint">{hint}</p>}
    </div>
  );
}
