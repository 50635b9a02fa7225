import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { relationKinds } from '@weefsel/graph-schema';
import { demoGraph } from '@weefsel/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeGexf, writeGraphml, type GraphForExport } from '../../api/src/interchange-files';
import { tempStore, type TempStore } from './support';

let demo: TempStore;
let graph: GraphForExport;

beforeAll(async () => {
  demo = await tempStore(demoGraph());
  const stored = await demo.store.exportGraph();
  // A name and a note with XML's special characters, to check the escaping.
  const [first, ...rest] = stored.actors;
  graph = { actors: [{ ...first!, name: `Zorg & "Welzijn" <Brugge> 't` }, ...rest], relations: stored.relations.map((r, i) => (i === 0 ? { ...r, note: 'a < b & c' } : r)) };
});
afterAll(() => demo.close());

function expectSameGraph(parsed: Graph, attrs: (id: string) => Record<string, unknown>) {
  expect(parsed.order).toBe(graph.actors.length);
  expect(parsed.size).toBe(graph.relations.length);
  for (const actor of graph.actors) {
    expect(attrs(actor.id)).toMatchObject({ kind: actor.kind, name: actor.name, formal: actor.formal });
    if (actor.domains.length > 0) expect(attrs(actor.id).domains).toBe(actor.domains.join(';'));
    if (actor.contact?.email) expect(attrs(actor.id).contact_email).toBe(actor.contact.email);
  }
  for (const relation of graph.relations) {
    expect(parsed.hasEdge(relation.id), relation.id).toBe(true);
    expect(parsed.source(relation.id)).toBe(relation.source);
    expect(parsed.target(relation.id)).toBe(relation.target);
    expect(parsed.isDirected(relation.id)).toBe(relationKinds[relation.kind].directed);
    const edge = parsed.getEdgeAttributes(relation.id);
    expect(edge).toMatchObject({ kind: relation.kind, status: relation.status });
    if (relation.since) expect(edge.since).toBe(relation.since);
    if (relation.weight !== null) expect(edge.weight).toBe(relation.weight);
    if (relation.note) expect(edge.note).toBe(relation.note);
  }
}

describe('Gephi and GraphML exports read back with graphology parsers', () => {
  it('GraphML: same nodes, edges (direction per kind) and attributes', () => {
    const parsed = parseGraphml(Graph, writeGraphml(graph));
    expectSameGraph(parsed, (id) => parsed.getNodeAttributes(id));
  });

  it('GEXF: same nodes, edges and attributes; labels are the names', () => {
    const parsed = parseGexf(Graph, writeGexf(graph));
    expectSameGraph(parsed, (id) => parsed.getNodeAttributes(id));
    expect(parsed.getNodeAttribute(graph.actors[0]!.id, 'label')).toBe(graph.actors[0]!.name);
  });

  it('GEXF is dynamic: every dated relation carries start and end for the timeline', () => {
    const doc = new DOMParser().parseFromString(writeGexf(graph), 'application/xml');
    const graphElement = doc.getElementsByTagName('graph')[0];
    expect(graphElement?.getAttribute('mode')).toBe('dynamic');
    expect(graphElement?.getAttribute('timeformat')).toBe('date');
    const edges = Array.from(doc.getElementsByTagName('edge'));
    const byId = new Map(edges.map((e) => [e.getAttribute('id'), e]));
    const dated = graph.relations.filter((r) => r.since || r.until);
    expect(dated.length).toBeGreaterThan(10);
    for (const relation of dated) {
      const edge = byId.get(relation.id);
      expect(edge?.getAttribute('start') || null).toBe(relation.since);
      expect(edge?.getAttribute('end') || null).toBe(relation.until);
    }
  });
});
