import { contentWidth, drawFigureTable, ink, muted, page, type Doc } from './report-pdf-table';
import type { ReportPairList, ReportRoundSection } from './round-section';

function drawPairs(doc: Doc, list: ReportPairList, none: string): void {
  if (doc.y > page.height - page.margin - 40) doc.addPage();
  doc.moveDown(0.4).font('bold').fontSize(9.5).fillColor(ink).text(list.heading, page.margin, doc.y, { width: contentWidth });
  doc.font('body').fontSize(9);
  if (list.pairs.length === 0) doc.fillColor(muted).text(none, { width: contentWidth });
  for (const pair of list.pairs) doc.fillColor(ink).text(`• ${pair}`, { width: contentWidth, indent: 6 });
  if (list.more) doc.fillColor(muted).text(list.more, { width: contentWidth, indent: 6 });
}

/** Two survey rounds side by side: the intro, the figures with their change, the pair counts and the new and lost pairs. */
export function drawRounds(doc: Doc, section: ReportRoundSection): void {
  doc.font('body').fontSize(9.5).fillColor(muted).text(section.intro, page.margin, doc.y, { width: contentWidth });
  doc.moveDown(0.4);
  drawFigureTable(doc, section.columns, section.figures);
  doc.moveDown(0.4).font('body').fontSize(9.5).fillColor(ink).text(section.pairCounts, page.margin, doc.y, { width: contentWidth });
  drawPairs(doc, section.newPairs, section.none);
  drawPairs(doc, section.lostPairs, section.none);
}
