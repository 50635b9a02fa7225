import { describe, expect, it } from 'vitest';
import { checkRelationEndpoints, type ValidRelation } from '@weefsel/graph-schema';
import { generateGraph } from './generate-graph';

describe('generateGraph at Flanders scale (the defaults)', () => {
  // Its speed is measured by npm run bench:store, not asserted here.
  it('makes 50,000 actors and 250,000 relations, all valid endpoints, no repeated id', () => {
    const doc = generateGraph({ seed: 1 });
    expect(doc.actors).toHaveLength(50_000);
    expect(doc.relations).toHaveLength(250_000);
    const kinds = new Map(doc.actors.map((a) => [a.id, a.kind]));
    expect(kinds.size).toBe(50_000);
    expect(doc.actors.filter((a) => a.kind === 'CareZone')).toHaveLength(60);
    expect(doc.actors.filter((a) => a.kind === 'Municipality')).toHaveLength(300);
    expect(new Set(doc.relations.map((r) => r.id)).size).toBe(250_000);
    expect(checkRelationEndpoints(doc.relations as ValidRelation[], (id) => kinds.get(id))).toEqual([]);
  });
});
