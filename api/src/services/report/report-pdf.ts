import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { nodeKinds, type NodeKind } from '@weefsel/graph-schema';
import type { ReportEntry, ReportModel } from './area-report';
import type { MapStyle } from './report-map';
import { drawFigureTable, contentWidth, ink, muted, page, type Doc } from './report-pdf-table';
import { drawRounds } from './report-pdf-rounds';
import type { ReportText } from './report-text';

// DejaVu Sans covers every Latin, Greek and Cyrillic letter a name may hold; the PDF standard
// fonts stop at Western European ones.
const fontDir = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const fonts = { body: path.join(fontDir, 'DejaVuSans.ttf'), bold: path.join(fontDir, 'DejaVuSans-Bold.ttf') };

const mapFontSize = 7;
const mapHeight = 430;

function newDocument(title: string, day: string, language: string): Doc {
  const doc = new PDFDocument({
    size: 'A4',
    margin: page.margin,
    bufferPages: true,
    lang: language,
    // The report's day, not the clock: the same data gives the same file.
    info: { Title: title, Author: 'Weefsel', Creator: 'Weefsel', CreationDate: new Date(`${day}T12:00:00Z`) },
  });
  doc.registerFont('body', fonts.body);
  doc.registerFont('bold', fonts.bold);
  return doc.font('body').fillColor(ink);
}

/** How wide map labels are, measured with the font they are drawn in. */
export function mapStyleFor(width = contentWidth, height = mapHeight): MapStyle {
  const measurer = new PDFDocument({ size: 'A4' });
  measurer.registerFont('body', fonts.body);
  measurer.font('body').fontSize(mapFontSize);
  return { width, height, fontSize: mapFontSize, measure: (text) => measurer.widthOfString(text) };
}

function polygon(doc: Doc, x: number, y: number, r: number, corners: number, rotation: number): Doc {
  const points: [number, number][] = [];
  for (let i = 0; i < corners; i += 1) {
    const angle = rotation + (i * 2 * Math.PI) / corners;
    points.push([x + r * Math.cos(angle), y + r * Math.sin(angle)]);
  }
  return doc.polygon(...points);
}

/** The kind's legend shape (graph-schema's style) as a path, to fill. */
function shape(doc: Doc, kind: NodeKind, x: number, y: number, r: number): Doc {
  switch (nodeKinds[kind].style.shape) {
    case 'round-rectangle':
    case 'round-tag':
      return doc.roundedRect(x - r, y - r * 0.8, 2 * r, 1.6 * r, r * 0.35);
    case 'hexagon':
      return polygon(doc, x, y, r * 1.05, 6, 0);
    case 'diamond':
      return polygon(doc, x, y, r * 1.15, 4, -Math.PI / 2);
    case 'triangle':
      return polygon(doc, x, y, r * 1.2, 3, -Math.PI / 2);
    case 'ellipse':
      return doc.circle(x, y, r);
  }
}

function heading(doc: Doc, text: string, room = 80): void {
  if (doc.y > page.height - page.margin - room) doc.addPage();
  doc.moveDown(0.8).font('bold').fontSize(13).fillColor(ink).text(text, page.margin, doc.y, { width: contentWidth });
  doc.moveDown(0.3).font('body').fontSize(9.5);
}

function drawMap(doc: Doc, model: ReportModel, top: number): void {
  const { map } = model;
  const left = page.margin;
  doc.save();
  doc.rect(left, top, map.width, map.height).lineWidth(0.5).strokeColor('#c3c7cc').stroke();
  doc.lineWidth(0.4).strokeColor('#9aa0a6').strokeOpacity(0.7);
  for (const edge of map.edges) doc.moveTo(left + edge.x1, top + edge.y1).lineTo(left + edge.x2, top + edge.y2).stroke();
  doc.strokeOpacity(1);
  for (const node of map.nodes) {
    shape(doc, node.kind, left + node.x, top + node.y, node.radius).fillColor(node.boundary ? '#c3c7cc' : nodeKinds[node.kind].style.color).fill();
  }
  // A light halo under each name keeps it readable over the ties it crosses.
  for (const node of map.nodes) {
    if (node.label) doc.rect(left + node.label.x - 1, top + node.label.y - 0.5, node.label.width + 2, node.label.height).fillColor('#ffffff').fillOpacity(0.75).fill();
  }
  doc.fillOpacity(1).font('body').fontSize(mapFontSize).fillColor(ink);
  for (const node of map.nodes) {
    if (node.label) doc.text(node.name, left + node.label.x, top + node.label.y, { lineBreak: false, width: node.label.width + 1 });
  }
  doc.restore();
}

function drawLegend(doc: Doc, model: ReportModel, text: ReportText, top: number): number {
  let x = page.margin;
  let y = top;
  doc.font('bold').fontSize(8.5).fillColor(ink).text(`${text.label('legend')}:`, x, y, { lineBreak: false });
  x += doc.widthOfString(`${text.label('legend')}:`) + 8;
  doc.font('body');
  const items = [...model.legend.map((item) => ({ ...item, tie: false })), { kind: null, label: text.label('collaborationTie'), tie: true }];
  for (const item of items) {
    const width = 14 + doc.widthOfString(item.label) + 12;
    if (x + width > page.margin + contentWidth) {
      x = page.margin;
      y += 13;
    }
    if (item.tie) doc.moveTo(x, y + 4.5).lineTo(x + 10, y + 4.5).lineWidth(0.8).strokeColor('#9aa0a6').stroke();
    else if (item.kind) shape(doc, item.kind, x + 5, y + 4.5, 4).fillColor(nodeKinds[item.kind].style.color).fill();
    doc.fillColor(ink).text(item.label, x + 14, y, { lineBreak: false });
    x += width;
  }
  return y + 14;
}

function drawFigures(doc: Doc, model: ReportModel, text: ReportText, since: string, day: string): void {
  drawFigureTable(doc, [text.label('figure'), text.label('since', { date: text.date(since) }), text.label('now', { date: text.date(day) }), text.label('change')], model.figures);
  doc.moveDown(0.4).font('body').fontSize(9.5).fillColor(ink).text(model.ties, page.margin, doc.y, { width: contentWidth });
}

function drawEntries(doc: Doc, entries: readonly ReportEntry[]): void {
  for (const entry of entries) {
    if (doc.y > page.height - page.margin - 50) doc.addPage();
    doc.font('bold').fontSize(9.5).fillColor(ink).text(entry.heading, page.margin, doc.y, { width: contentWidth, continued: true });
    doc.font('body').fillColor(muted).text(`  ${entry.detail}`);
    doc.fillColor(ink).text(entry.text, { width: contentWidth });
    doc.moveDown(0.5);
  }
}

function drawDomains(doc: Doc, model: ReportModel, text: ReportText): void {
  const { labels, actorCounts, ties } = model.domains;
  const labelWidth = 150;
  const cell = (contentWidth - labelWidth) / labels.length;
  const rowHeight = 15;
  if (doc.y > page.height - page.margin - (labels.length + 3) * rowHeight) doc.addPage();
  const max = Math.max(1, ...ties.flat());
  const top = doc.y;
  doc.font('bold').fontSize(8);
  labels.forEach((_, j) => doc.fillColor(ink).text(String(j + 1), page.margin + labelWidth + j * cell, top, { width: cell, align: 'center', lineBreak: false }));
  labels.forEach((label, i) => {
    const y = top + (i + 1) * rowHeight;
    doc.font('body').fontSize(8).fillColor(ink).text(`${i + 1} ${label} (${actorCounts[i] ?? 0})`, page.margin, y + 3, { width: labelWidth - 4, lineBreak: false, ellipsis: true });
    (ties[i] ?? []).forEach((count, j) => {
      const x = page.margin + labelWidth + j * cell;
      // White for none to the map's blue for the most: an empty cell is a link that is missing.
      const share = count / max;
      const shade = (from: number, to: number) => Math.round(from + (to - from) * share);
      doc.rect(x, y, cell, rowHeight).fillColor(count === 0 ? '#ffffff' : [shade(232, 31), shade(240, 95), shade(250, 168)]).fill();
      doc.rect(x, y, cell, rowHeight).lineWidth(0.3).strokeColor('#c3c7cc').stroke();
      if (count > 0) doc.fillColor(share > 0.55 ? '#ffffff' : ink).text(String(count), x, y + 3.5, { width: cell, align: 'center', lineBreak: false });
    });
  });
  doc.x = page.margin;
  doc.y = top + (labels.length + 1) * rowHeight + 6;
  doc.font('body').fontSize(8.5).fillColor(muted).text(text.label('domainsNote'), { width: contentWidth });
}

/** The report as a PDF: the map with its legend and source first, then figures, gaps, suggestions and domains. */
export function writeReportPdf(model: ReportModel, text: ReportText, dates: { day: string; since: string }): Promise<Buffer> {
  const doc = newDocument(model.title, dates.day, text.language);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('bold').fontSize(18).text(model.title, { width: contentWidth });
  doc.font('body').fontSize(10).fillColor(muted).text(model.subtitle, { width: contentWidth });
  const mapTop = doc.y + 8;
  drawMap(doc, model, mapTop);
  const afterLegend = drawLegend(doc, model, text, mapTop + model.map.height + 6);
  doc.font('body').fontSize(8.5).fillColor(muted).text(model.mapNote, page.margin, afterLegend + 2, { width: contentWidth });
  doc.text(model.source, { width: contentWidth });
  if (model.privacyNote) doc.text(model.privacyNote, { width: contentWidth });

  heading(doc, text.label('keyFigures'));
  drawFigures(doc, model, text, dates.since, dates.day);
  if (model.rounds) {
    heading(doc, model.rounds.heading, 160);
    drawRounds(doc, model.rounds);
  }
  heading(doc, text.label('gaps'));
  if (model.gaps.length === 0) doc.text(text.label('noGaps'));
  drawEntries(doc, model.gaps);
  if (model.moreGaps) doc.fillColor(muted).text(model.moreGaps, { width: contentWidth });
  heading(doc, text.label('suggestions'));
  if (model.suggestions.length === 0) doc.text(text.label('noSuggestions'), { width: contentWidth });
  drawEntries(doc, model.suggestions);
  heading(doc, text.label('domains'), 260);
  drawDomains(doc, model, text);

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i += 1) {
    doc.switchToPage(range.start + i);
    // Writing in the bottom margin would make pdfkit start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('body').fontSize(8).fillColor(muted).text(`${model.title} · ${text.label('page', { page: i + 1, pages: range.count })}`, page.margin, page.height - 28, { width: contentWidth, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
