/** The report's page (A4, in points) and colours, shared by its section writers. */
export const page = { width: 595.28, height: 841.89, margin: 42 };
export const contentWidth = page.width - 2 * page.margin;
export const ink = '#1d2125';
export const muted = '#5f6770';

export type Doc = PDFKit.PDFDocument;

/** Widths of a figures table: the label, two values and their change. */
const columns = [contentWidth * 0.46, contentWidth * 0.18, contentWidth * 0.18, contentWidth * 0.18];

function row(doc: Doc, cells: readonly string[], bold: boolean): void {
  doc.font(bold ? 'bold' : 'body').fontSize(9.5).fillColor(ink);
  // A header with a long date or round title wraps: the row is as high as its highest cell.
  const height = Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: (columns[i] ?? 0) - 6 }))) + 3;
  if (doc.y + height > page.height - page.margin) doc.addPage();
  const y = doc.y;
  let x = page.margin;
  cells.forEach((cell, i) => {
    doc.text(cell, x, y, { width: (columns[i] ?? 0) - 6, align: i === 0 ? 'left' : 'right' });
    x += columns[i] ?? 0;
  });
  doc.moveTo(page.margin, y + height).lineTo(page.margin + contentWidth, y + height).lineWidth(0.3).strokeColor('#dde1e5').stroke();
  doc.x = page.margin;
  doc.y = y + height + 2.5;
}

/** A table of figures on two moments with their change, under a bold header row. */
export function drawFigureTable(doc: Doc, header: readonly string[], figures: readonly { label: string; before: string; after: string; change: string }[]): void {
  row(doc, header, true);
  for (const figure of figures) row(doc, [figure.label, figure.before, figure.after, figure.change], false);
}
