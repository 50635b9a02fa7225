import { kindOutlines, type KindShape } from '../../components/kind-outlines';

export function KindShapeIcon({ shape, color, faded = false }: { shape: KindShape; color: string; faded?: boolean }) {
  return (
    <svg className="kind-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={kindOutlines[shape]} fill={color} opacity={faded ? 0.4 : 1} />
    </svg>
  );
}
