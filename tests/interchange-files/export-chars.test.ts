import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { Actor } from '@weefsel/graph-schema';
import { describe, expect, it } from 'vitest';
import { writeGexf, writeGraphml } from '../../api/src/interchange-files';

// Older data may hold characters stores now refuse on write; an export must neither break nor hide them.
const legacy: Actor = {
  id: 'o-oud',
  kind: 'Organisation',
  name: 'Oud\u0000huis\uD800',
  description: 'regel\u000Bregel',
  formal: true,
  domains: [],
  targetGroups: [],
  contact: null,
  since: null,
  until: null,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
};

describe('Gephi and GraphML exports of text XML cannot hold', () => {
  it('GraphML and GEXF write U+FFFD for each such character instead of dropping it', () => {
    const graph = { actors: [legacy], relations: [] };
    for (const parsed of [parseGraphml(Graph, writeGraphml(graph)), parseGexf(Graph, writeGexf(graph))]) {
      expect(parsed.getNodeAttribute('o-oud', 'name')).toBe('Oud\uFFFDhuis\uFFFD');
      expect(parsed.getNodeAttribute('o-oud', 'description')).toBe('regel\uFFFDregel');
    }
  });
});
