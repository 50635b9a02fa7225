import { kindOutlines, type KindShape } from '../../components/kind-outlines';

/** What an exported picture carries around the map: a title, the legend and the source. */
export interface ExportFrame {
  title: string;
  source: string;
  legend: { label: string; color: string; shape: KindShape | 'line' }[];
}

export const frameStyle = { padding: 16, titleSize: 18, textSize: 12, titleHeight: 40, rowHeight: 20, marker: 14 } as const;

export interface PlacedLegendItem {
  item: ExportFrame['legend'][number];
  x: number;
  /** Top of the row, below the map. */
  row: number;
}

/** Legend items in rows that fit `width`, with the height the legend and source need under the map. */
export function legendLayout(frame: ExportFrame, width: number, measure: (text: string) => number): { items: PlacedLegendItem[]; height: number } {
  const { padding, rowHeight, marker } = frameStyle;
  const items: PlacedLegendItem[] = [];
  let x = padding;
  let row = 0;
  for (const item of frame.legend) {
    const itemWidth = marker + 6 + measure(item.label) + 18;
    if (x > padding && x + itemWidth > width - padding) {
      x = padding;
      row += 1;
    }
    items.push({ item, x, row });
    x += itemWidth;
  }
  // Legend rows, then one row for the source.
  return { items, height: padding / 2 + (row + 2) * rowHeight + padding / 2 };
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

function marker(item: ExportFrame['legend'][number], x: number, y: number): string {
  if (item.shape === 'line') return `<line x1="${x}" y1="${y + 7}" x2="${x + frameStyle.marker}" y2="${y + 7}" stroke="${item.color}" stroke-width="2"/>`;
  return `<path transform="translate(${x} ${y - 1}) scale(${frameStyle.marker / 16})" d="${kindOutlines[item.shape]}" fill="${item.color}"/>`;
}

const svgOpenTag = /<svg\b[^>]*>/;

function numberAttribute(tag: string, name: string): number | null {
  const value = new RegExp(`\\s${name}="([0-9.]+)`).exec(tag)?.[1];
  return value === undefined ? null : Number.parseFloat(value);
}

/** The map's SVG (as cytoscape-svg writes it) inside a larger one with the title above and the legend and source below. */
export function framedSvg(svg: string, frame: ExportFrame, measure: (text: string) => number): string {
  // The map is nested as an element: whatever precedes its root (XML declaration, doctype) goes.
  const start = svg.search(svgOpenTag);
  const tag = svgOpenTag.exec(svg)?.[0] ?? '<svg>';
  const width = numberAttribute(tag, 'width') ?? 800;
  const height = numberAttribute(tag, 'height') ?? 600;
  const { padding, titleHeight, rowHeight, titleSize, textSize } = frameStyle;
  const legend = legendLayout(frame, width, measure);
  const top = titleHeight + height;
  // Moved by a group rather than the nested svg's own x and y, which some viewers ignore.
  const map = `<g transform="translate(0 ${titleHeight})">${tag.replace(/\s(x|y)="[^"]*"/g, '')}${svg.slice(Math.max(start, 0) + tag.length)}</g>`;
  const font = `font-family="DejaVu Sans, Arial, sans-serif"`;
  const items = legend.items
    .map(({ item, x, row }) => {
      const y = top + padding / 2 + row * rowHeight;
      return `${marker(item, x, y)}<text x="${x + frameStyle.marker + 6}" y="${y + 11}" ${font} font-size="${textSize}" fill="#1d2125">${escapeXml(item.label)}</text>`;
    })
    .join('');
  const sourceY = top + legend.height - padding / 2 - 6;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${top + legend.height}" viewBox="0 0 ${width} ${top + legend.height}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${padding}" y="${padding + titleSize - 4}" ${font} font-size="${titleSize}" font-weight="bold" fill="#1d2125">${escapeXml(frame.title)}</text>`,
    map,
    items,
    `<text x="${padding}" y="${sourceY}" ${font} font-size="${textSize - 1}" fill="#5f6770">${escapeXml(frame.source)}</text>`,
    `</svg>`,
  ].join('');
}

/** The map's PNG with the title above and the legend and source below, drawn on a canvas. */
export async function framedPng(png: Blob, frame: ExportFrame): Promise<Blob> {
  const image = await createImageBitmap(png);
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) return png;
  // The map is drawn at twice its size: so is everything around it.
  const scale = 2;
  const font = (size: number, bold = false) => `${bold ? 'bold ' : ''}${size * scale}px "DejaVu Sans", Arial, sans-serif`;
  context.font = font(frameStyle.textSize);
  const legend = legendLayout(frame, image.width / scale, (text) => context.measureText(text).width / scale);
  const { padding, titleHeight, rowHeight, titleSize, textSize } = frameStyle;
  canvas.width = image.width;
  canvas.height = image.height + (titleHeight + legend.height) * scale;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#1d2125';
  context.font = font(titleSize, true);
  context.fillText(frame.title, padding * scale, (padding + titleSize - 4) * scale);
  context.drawImage(image, 0, titleHeight * scale);
  const top = titleHeight + image.height / scale;
  context.font = font(textSize);
  for (const { item, x, row } of legend.items) {
    const y = top + padding / 2 + row * rowHeight;
    context.save();
    context.scale(scale, scale);
    if (item.shape === 'line') {
      context.strokeStyle = item.color;
      context.lineWidth = 2;
      context.beginPath();
      context.moveTo(x, y + 7);
      context.lineTo(x + frameStyle.marker, y + 7);
      context.stroke();
    } else {
      context.translate(x, y - 1);
      context.scale(frameStyle.marker / 16, frameStyle.marker / 16);
      context.fillStyle = item.color;
      context.fill(new Path2D(kindOutlines[item.shape]));
    }
    context.restore();
    context.fillStyle = '#1d2125';
    context.fillText(item.label, (x + frameStyle.marker + 6) * scale, (y + 11) * scale);
  }
  context.fillStyle = '#5f6770';
  context.font = font(textSize - 1);
  context.fillText(frame.source, padding * scale, (top + legend.height - padding / 2 - 6) * scale);
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob ?? png), 'image/png'));
}
