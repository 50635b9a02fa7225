import { relationKinds, type Actor, type Relation } from '@weefsel/graph-schema';

export interface GraphForExport {
  actors: readonly Actor[];
  relations: readonly Relation[];
}

// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 cannot hold
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;

/**
 * Text for XML: escaped, with U+FFFD for each character XML 1.0 forbids, which data older than the
 * text rules may hold. Dropping it would turn "a<NUL>b" into "ab", another name that looks right.
 */
export function xmlText(value: string): string {
  return value
    .replace(notXml, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

type AttrType = 'string' | 'boolean' | 'double';

interface Attribute<T> {
  id: string;
  type: AttrType;
  value: (item: T) => string | number | boolean | null;
}

/** Node attributes for Gephi and yEd: lists joined with ";" (neither format has list types Gephi reads). */
const nodeAttributes: Attribute<Actor>[] = [
  { id: 'kind', type: 'string', value: (a) => a.kind },
  { id: 'name', type: 'string', value: (a) => a.name },
  { id: 'description', type: 'string', value: (a) => a.description },
  { id: 'formal', type: 'boolean', value: (a) => a.formal },
  { id: 'domains', type: 'string', value: (a) => a.domains.join(';') },
  { id: 'targetGroups', type: 'string', value: (a) => a.targetGroups.join(';') },
  { id: 'since', type: 'string', value: (a) => a.since },
  { id: 'until', type: 'string', value: (a) => a.until },
  ...(['email', 'phone', 'website', 'address', 'person'] as const).map((field) => ({
    id: `contact_${field}`,
    type: 'string' as const,
    value: (a: Actor) => a.contact?.[field] ?? null,
  })),
];

const edgeAttributes: Attribute<Relation>[] = [
  { id: 'kind', type: 'string', value: (r) => r.kind },
  { id: 'since', type: 'string', value: (r) => r.since },
  { id: 'until', type: 'string', value: (r) => r.until },
  { id: 'weight', type: 'double', value: (r) => r.weight },
  { id: 'note', type: 'string', value: (r) => r.note },
  { id: 'status', type: 'string', value: (r) => r.status },
];

/** GEXF's dynamic interval of a record with days: `start` and `end` inclusive, as since and until are. */
function interval(record: { since: string | null; until: string | null }): string {
  return `${record.since ? ` start="${record.since}"` : ''}${record.until ? ` end="${record.until}"` : ''}`;
}

function present<T>(attributes: Attribute<T>[], item: T): [string, string][] {
  return attributes.flatMap((attr) => {
    const value = attr.value(item);
    return value === null || value === '' ? [] : [[attr.id, xmlText(String(value))] as [string, string]];
  });
}

/**
 * GraphML (yEd, Gephi, NetworkX). Undirected by default with directed="true" per directed edge:
 * graphology's parser reads only that per-edge override, and the others read both.
 */
export function writeGraphml(graph: GraphForExport): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'];
  const graphmlType = (t: AttrType) => (t === 'double' ? 'double' : t);
  for (const a of nodeAttributes) lines.push(`  <key id="n_${a.id}" for="node" attr.name="${a.id}" attr.type="${graphmlType(a.type)}"/>`);
  for (const a of edgeAttributes) lines.push(`  <key id="e_${a.id}" for="edge" attr.name="${a.id}" attr.type="${graphmlType(a.type)}"/>`);
  lines.push('  <graph id="weefsel" edgedefault="undirected">');
  for (const actor of graph.actors) {
    const data = present(nodeAttributes, actor).map(([k, v]) => `<data key="n_${k}">${v}</data>`).join('');
    lines.push(`    <node id="${xmlText(actor.id)}">${data}</node>`);
  }
  for (const relation of graph.relations) {
    const data = present(edgeAttributes, relation).map(([k, v]) => `<data key="e_${k}">${v}</data>`).join('');
    const directed = relationKinds[relation.kind].directed ? ' directed="true"' : '';
    lines.push(`    <edge id="${xmlText(relation.id)}" source="${xmlText(relation.source)}" target="${xmlText(relation.target)}"${directed}>${data}</edge>`);
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/**
 * GEXF 1.3 for Gephi, mode="dynamic": each edge and each actor with days of its own carries start
 * (since) and end (until) so Gephi's timeline shows the network as it was on a date; nodes carry a
 * label and their attributes.
 */
export function writeGexf(graph: GraphForExport, date = new Date().toISOString().slice(0, 10)): string {
  const gexfType = (t: AttrType) => (t === 'double' ? 'double' : t);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    `  <meta lastmodifieddate="${date}"><creator>Weefsel</creator></meta>`,
    '  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">',
    '    <attributes class="node">',
    ...nodeAttributes.map((a) => `      <attribute id="${a.id}" title="${a.id}" type="${gexfType(a.type)}"/>`),
    '    </attributes>',
    '    <attributes class="edge">',
    ...edgeAttributes.filter((a) => a.id !== 'weight').map((a) => `      <attribute id="${a.id}" title="${a.id}" type="${gexfType(a.type)}"/>`),
    '    </attributes>',
    '    <nodes>',
  ];
  for (const actor of graph.actors) {
    const values = present(nodeAttributes, actor).map(([k, v]) => `<attvalue for="${k}" value="${v}"/>`).join('');
    lines.push(`      <node id="${xmlText(actor.id)}" label="${xmlText(actor.name)}"${interval(actor)}><attvalues>${values}</attvalues></node>`);
  }
  lines.push('    </nodes>', '    <edges>');
  for (const relation of graph.relations) {
    const values = present(edgeAttributes.filter((a) => a.id !== 'weight'), relation).map(([k, v]) => `<attvalue for="${k}" value="${v}"/>`).join('');
    const type = relationKinds[relation.kind].directed ? '' : ' type="undirected"';
    const weight = relation.weight === null ? '' : ` weight="${relation.weight}"`;
    lines.push(`      <edge id="${xmlText(relation.id)}" source="${xmlText(relation.source)}" target="${xmlText(relation.target)}"${type}${weight}${interval(relation)}><attvalues>${values}</attvalues></edge>`);
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
