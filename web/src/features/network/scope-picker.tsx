import { useId, useMemo } from 'react';
import { fetchScopeAreas, scopeKinds } from '../../api/network.api';
import type { ActorSummary } from '../../api/network.types';
import { useI18n } from '../../i18n/i18n-context';
import { kindPluralLabel } from '../../i18n/schema-labels';
import { dataOf, useAsync } from '../../components/use-async';

export interface ScopePickerProps {
  /** The chosen area, or null for the whole region. */
  areaId: string | null;
  onChange: (areaId: string | null) => void;
}

/** A select of the care zones and municipalities, grouped by kind, with "whole region" first. */
export function ScopePicker({ areaId, onChange }: ScopePickerProps) {
  const { t, language } = useI18n();
  const id = useId();
  const areas = useAsync('scope-areas', fetchScopeAreas);
  const groups = useMemo(() => groupByKind(dataOf(areas) ?? [], language), [areas, language]);

  return (
    <div className="control">
      <label htmlFor={id}>{t('scope.label')}</label>
      <select id={id} value={areaId ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{t('scope.wholeRegion')}</option>
        {groups.map((group) => (
          <optgroup key={group.kind} label={kindPluralLabel(group.kind, language)}>
            {group.areas.map((area) => (
              <option key={area.id} value={area.id}>
                {area.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {areas.status === 'error' && (
        <p role="alert" className="error">
          {t('scope.failed', { message: areas.message })}
        </p>
      )}
    </div>
  );
}

function groupByKind(areas: ActorSummary[], language: string) {
  return scopeKinds
    .map((kind) => ({
      kind,
      areas: areas.filter((area) => area.kind === kind).sort((a, b) => a.name.localeCompare(b.name, language)),
    }))
    .filter((group) => group.areas.length > 0);
}
