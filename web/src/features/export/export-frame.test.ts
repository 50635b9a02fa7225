import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { framedSvg, frameStyle, legendLayout, type ExportFrame } from './export-frame';

const frame: ExportFrame = {
  title: 'ELZ Middenkust, stand op 2026-12-04',
  source: 'Bron: Weefsel, 2026-12-04',
  legend: [
    { label: 'Organisatie', color: '#0f8a6c', shape: 'ellipse' },
    { label: 'Burgerinitiatief & <buurt>', color: '#e08a00', shape: 'ellipse' },
    { label: 'samenwerking', color: '#4a4f57', shape: 'line' },
  ],
};
const measure = (text: string) => text.length * 7;

/** The elements (name and attributes) and texts of an XML document; throws when it is not well formed. */
function readXml(xml: string) {
  const parser = new SaxesParser();
  const elements: { name: string; attributes: Record<string, string> }[] = [];
  const texts: string[] = [];
  parser.on('opentag', (tag) => elements.push({ name: tag.name, attributes: tag.attributes as Record<string, string> }));
  parser.on('text', (text) => texts.push(text));
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
  return { elements, texts };
}

describe('export frame', () => {
  it('wraps legend items into rows that fit the width', () => {
    const wide = legendLayout(frame, 1000, measure);
    expect(wide.items.map((i) => i.row)).toEqual([0, 0, 0]);
    const narrow = legendLayout(frame, 260, measure);
    expect(narrow.items.map((i) => i.row)).toEqual([0, 1, 2]);
    expect(narrow.height).toBeGreaterThan(wide.height);
    for (const { item, x } of narrow.items) expect(x + frameStyle.marker + 6 + measure(item.label)).toBeLessThanOrEqual(260);
  });

  it('puts the map under a title, with the legend and the source below it, text escaped', () => {
    const map = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="600" height="400" x="5"><circle cx="10" cy="10" r="5"/></svg>';
    const { elements, texts } = readXml(framedSvg(map, frame, measure));
    const [root, ...rest] = elements;
    expect(Number(root?.attributes.width)).toBe(600);
    expect(Number(root?.attributes.height)).toBe(frameStyle.titleHeight + 400 + legendLayout(frame, 600, measure).height);
    expect(texts).toEqual([frame.title, 'Organisatie', 'Burgerinitiatief & <buurt>', 'samenwerking', frame.source]);
    const group = rest.findIndex((element) => element.name === 'g');
    expect(rest[group]?.attributes.transform).toBe(`translate(0 ${frameStyle.titleHeight})`);
    expect(rest[group + 1]).toEqual({ name: 'svg', attributes: { xmlns: 'http://www.w3.org/2000/svg', width: '600', height: '400' } });
    expect(rest.filter((element) => element.name === 'circle')).toHaveLength(1);
  });
});
