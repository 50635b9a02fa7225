import type { LifeDomain } from '@weefsel/graph-schema';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { domainLabel } from '../../i18n/schema-labels';
import { gridMove, type Heatmap, type HeatmapCell } from './heatmap-cells';

interface DomainHeatmapProps {
  heatmap: Heatmap<LifeDomain>;
  selected: string | null;
  onChoose(cell: HeatmapCell<LifeDomain>): void;
}

export const cellKey = (cell: Pick<HeatmapCell<string>, 'row' | 'column'>) => `${cell.row}|${cell.column}`;

/**
 * The matrix as a real table: row and column headers for screen readers, the count written in
 * every cell, and empty cells striped and labelled, so nothing rests on colour alone.
 */
export function DomainHeatmap({ heatmap, selected, onChoose }: DomainHeatmapProps) {
  const { t, language } = useI18n();
  // One cell in the tab order; arrow keys move between cells (a grid of 121 tab stops would be a chore).
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const size = heatmap.domains.length;
  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const next = gridMove(event.key, active[0], active[1], size);
    if (!next) return;
    event.preventDefault();
    setActive(next);
    buttons.current.get(`${next[0]}:${next[1]}`)?.focus();
  };
  const cellText = (cell: HeatmapCell<LifeDomain>) => {
    if (cell.domainMissing && cell.empty) return '–';
    return String(cell.tieCount);
  };
  const cellClass = (cell: HeatmapCell<LifeDomain>) => {
    if (cell.empty) return cell.domainMissing ? 'heat-cell heat-missing' : 'heat-cell heat-empty';
    return `heat-cell heat-${cell.level}`;
  };
  return (
    <div className="heatmap-scroll" role="region" aria-label={t('domains.caption')} tabIndex={0}>
      <table className="heatmap">
        <caption>{t('domains.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('domains.corner')}</th>
            {heatmap.domains.map((domain) => (
              <th key={domain} scope="col" className="heat-column">
                <span>{domainLabel(domain, language)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {heatmap.rows.map((row, rowIndex) => (
            <tr key={row.domain}>
              <th scope="row" className="heat-row">
                {domainLabel(row.domain, language)}
                <span className="heat-actors">
                  {t('domains.actors', { count: row.actorCount })}
                  {row.partnerCount > 0 && ` ${t('domains.partners', { count: row.partnerCount })}`}
                </span>
              </th>
              {row.cells.map((cell, columnIndex) => {
                const a = domainLabel(cell.row, language);
                const b = domainLabel(cell.column, language);
                const note = cell.empty ? ` (${t(cell.domainMissing ? 'domains.missingCell' : 'domains.emptyCell')})` : '';
                return (
                  <td key={cell.column} className={cellClass(cell)}>
                    <button
                      ref={(element) => {
                        if (element) buttons.current.set(`${rowIndex}:${columnIndex}`, element);
                        else buttons.current.delete(`${rowIndex}:${columnIndex}`);
                      }}
                      type="button"
                      tabIndex={active[0] === rowIndex && active[1] === columnIndex ? 0 : -1}
                      onFocus={() => setActive([rowIndex, columnIndex])}
                      aria-pressed={selected === cellKey(cell)}
                      aria-label={`${t('domains.cellLabel', { a, b, count: cell.tieCount })}${note}`}
                      data-cell={cellKey(cell)}
                      data-ties={cell.tieCount}
                      onClick={() => onChoose(cell)}
                    >
                      {cellText(cell)}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
