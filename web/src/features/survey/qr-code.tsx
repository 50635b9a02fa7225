import QRCode from 'qrcode';
import { useMemo } from 'react';

/**
 * A QR code as SVG squares drawn by React: no canvas, no data: URL, no injected markup, so it
 * prints sharp and passes the app's Content-Security-Policy. Error correction M survives a smudge.
 */
export function QrCode({ text, label, size = 132 }: { text: string; label: string; size?: number }) {
  const path = useMemo(() => {
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    let d = '';
    for (let row = 0; row < modules.size; row += 1) {
      for (let col = 0; col < modules.size; col += 1) if (modules.get(row, col)) d += `M${col + 4},${row + 4}h1v1h-1z`;
    }
    return { d, extent: modules.size + 8 };
  }, [text]);
  return (
    <svg className="survey-qr" role="img" aria-label={label} width={size} height={size} viewBox={`0 0 ${path.extent} ${path.extent}`} shapeRendering="crispEdges">
      <rect width={path.extent} height={path.extent} fill="#ffffff" />
      <path d={path.d} fill="#000000" />
    </svg>
  );
}
