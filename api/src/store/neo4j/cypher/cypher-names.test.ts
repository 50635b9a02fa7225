import { describe, expect, it } from 'vitest';
import { collaborationKinds, nodeKindNames, placementKinds, relationKindNames, type NodeKind, type RelationKind } from '@weefsel/graph-schema';
import { allRelationTypes, collaborationTypes, kindLabel, otherKindLabels, placementTypes, relationType, typeUnion } from './cypher-names';

describe('cypher names', () => {
  it('accepts exactly the kinds graph-schema defines', () => {
    for (const kind of nodeKindNames) expect(kindLabel(kind)).toBe(kind);
    for (const kind of relationKindNames) expect(relationType(kind)).toBe(kind);
  });

  it('refuses anything else, so no outside text can become a label or type', () => {
    const hostile = ['Organisation) DETACH DELETE (n', 'Actor`', 'constructor', '', 'organisation'];
    for (const value of hostile) {
      expect(() => kindLabel(value as NodeKind)).toThrow(/not a node kind of graph-schema/);
      expect(() => relationType(value as RelationKind)).toThrow(/not a relation kind of graph-schema/);
    }
  });

  it('builds the type unions from the schema lists', () => {
    expect(placementTypes()).toBe(placementKinds.join('|'));
    expect(collaborationTypes()).toBe(collaborationKinds.join('|'));
    expect(allRelationTypes().split('|').sort()).toEqual([...relationKindNames].sort());
    expect(placementTypes()).toContain('PART_OF');
    expect(collaborationTypes()).not.toContain('LOCATED_IN');
    expect(() => typeUnion([])).toThrow(/empty union/);
  });

  it('lists every other kind label for a kind change', () => {
    const others = otherKindLabels('Organisation').split(':');
    expect(others).toHaveLength(nodeKindNames.length - 1);
    expect(others).not.toContain('Organisation');
    expect(others).toContain('CitizenInitiative');
  });
});
