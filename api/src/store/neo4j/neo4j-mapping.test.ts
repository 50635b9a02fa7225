import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { actorFromList, contactFromJson, contactToJson, relationFromList, toActor, toNumber, toRelation } from './neo4j-mapping';

const stamps = { createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-02-01T00:00:00.000Z' };

describe('neo4j mapping', () => {
  it('converts driver Integers to numbers at the boundary', () => {
    expect(toNumber(neo4j.int(42))).toBe(42);
    expect(toNumber(neo4j.int('9007199254740991'))).toBe(Number.MAX_SAFE_INTEGER);
    expect(toNumber(2.5)).toBe(2.5);
    expect(toNumber(7n)).toBe(7);
    expect(() => toNumber('3')).toThrow(/expected a number/);
  });

  it('stores contact as canonical JSON (sorted keys, no empty fields), so equal contacts compare equal', () => {
    expect(contactToJson({ website: 'w', email: 'e' })).toBe('{"email":"e","website":"w"}');
    expect(contactToJson({ email: 'e', website: 'w' })).toBe(contactToJson({ website: 'w', email: 'e' }));
    expect(contactToJson({ phone: undefined, person: 'p' })).toBe('{"person":"p"}');
    expect(contactToJson({ email: '', phone: '1' })).toBe('{"phone":"1"}');
    expect(contactToJson({ email: '' })).toBeNull();
    expect(contactToJson(null)).toBeNull();
    expect(contactFromJson('{"email":"e","website":"w"}')).toEqual({ email: 'e', website: 'w' });
    expect(contactFromJson(null)).toBeNull();
    expect(contactFromJson('{"email":"e","extra":1}')).toEqual({ email: 'e' });
  });

  it('maps an actor record; absent properties are the stored "no value"', () => {
    const actor = toActor({ id: 'a', kind: 'Organisation', name: 'A', formal: true, domains: ['CARE'], contact: '{"phone":"1"}', until: '2018-04-30', ...stamps });
    expect(actor).toEqual({
      id: 'a', kind: 'Organisation', name: 'A', description: null, formal: true, domains: ['CARE'], targetGroups: [],
      contact: { phone: '1' }, since: null, until: '2018-04-30', ...stamps,
    });
    expect(() => toActor({ id: 'a', kind: 'Organisation', ...stamps })).toThrow(/missing name/);
  });

  it('maps a relation record, with an integer weight from the driver as a number', () => {
    const relation = toRelation({ id: 'r', kind: 'FUNDS', source: 'm', target: 'p', since: '2024-01-01', weight: neo4j.int(3), ...stamps });
    expect(relation).toEqual({ id: 'r', kind: 'FUNDS', source: 'm', target: 'p', since: '2024-01-01', until: null, weight: 3, note: null, status: 'ACTIVE', ...stamps });
    expect(toRelation({ id: 'r', kind: 'FUNDS', source: 'm', target: 'p', weight: 2.5, ...stamps }).weight).toBe(2.5);
  });

  it('maps actor and relation lists (the projections of large reads) like the maps, value by value', () => {
    const actor = ['a', 'Organisation', 'A', null, true, ['CARE'], null, '{"phone":"1"}', '2016-05-01', null, stamps.createdAt, stamps.updatedAt];
    expect(actorFromList(actor)).toEqual(toActor({ id: 'a', kind: 'Organisation', name: 'A', formal: true, domains: ['CARE'], contact: '{"phone":"1"}', since: '2016-05-01', ...stamps }));
    const relation = ['r', 'FUNDS', 'm', 'p', '2024-01-01', null, neo4j.int(3), null, null, stamps.createdAt, stamps.updatedAt];
    expect(relationFromList(relation)).toEqual({ id: 'r', kind: 'FUNDS', source: 'm', target: 'p', since: '2024-01-01', until: null, weight: 3, note: null, status: 'ACTIVE', ...stamps });
    expect(() => actorFromList(actor.slice(1))).toThrow(/expected a list of 12 values/);
    expect(() => relationFromList({ id: 'r' })).toThrow(/expected a list of 11 values/);
  });
});
