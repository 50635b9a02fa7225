import { describe, expect, it } from 'vitest';
import { validateActor, validateRelation, type Actor, type Relation } from '@weefsel/graph-schema';
import { planActorWrites, planRelationWrites } from './neo4j-write-plan';

const earlier = '2024-01-01T00:00:00.000Z';
const now = '2024-05-05T05:05:05.005Z';

const storedCaw: Actor = {
  id: 'caw', kind: 'Organisation', name: 'CAW', description: null, formal: true, domains: ['WELFARE', 'HOUSING'], targetGroups: [],
  contact: { website: 'w', email: 'e@caw.be' }, since: null, until: null, createdAt: earlier, updatedAt: earlier,
};
const storedR1: Relation = {
  id: 'r1', kind: 'PARTNERS_WITH', source: 'a', target: 'b', since: '2020-01-01', until: null, weight: 2, note: null, status: 'ACTIVE', createdAt: earlier, updatedAt: earlier,
};

describe('planActorWrites', () => {
  it('creates new actors with both timestamps now, defaults applied and the name folded', () => {
    const plan = planActorWrites([validateActor({ id: 'ci', kind: 'CitizenInitiative', name: 'Buurtbabbel Ëlst' })], new Map(), now);
    expect(plan.counts).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(plan.rows[0]).toMatchObject({ id: 'ci', formal: false, nameFolded: 'buurtbabbel elst', contact: null, createdAt: now, updatedAt: now });
    // Empty lists are written as no property (null) and read back as [].
    expect(plan.rows[0]).toMatchObject({ domains: null, targetGroups: null });
    expect(plan.actors[0]).toMatchObject({ id: 'ci', formal: false, domains: [], targetGroups: [], contact: null, createdAt: now });
  });

  it('writes nothing for an unchanged actor, lists and contact keys in another order included', () => {
    const input = validateActor({ id: 'caw', kind: 'Organisation', name: 'CAW', domains: ['HOUSING', 'WELFARE'], contact: { email: 'e@caw.be', website: 'w' } });
    const plan = planActorWrites([input], new Map([['caw', storedCaw]]), now);
    expect(plan.counts).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(plan.rows).toEqual([]);
    expect(plan.actors[0]).toBe(storedCaw);
  });

  it('updates a changed actor, keeping createdAt', () => {
    const input = validateActor({ id: 'caw', kind: 'Organisation', name: 'CAW', domains: ['WELFARE', 'HOUSING'], contact: { email: 'e@caw.be', website: 'w' }, description: 'x' });
    const plan = planActorWrites([input], new Map([['caw', storedCaw]]), now);
    expect(plan.counts).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(plan.rows[0]).toMatchObject({ description: 'x', createdAt: earlier, updatedAt: now, contact: '{"email":"e@caw.be","website":"w"}' });
    expect(plan.actors[0]).toMatchObject({ description: 'x', createdAt: earlier, updatedAt: now, contact: { email: 'e@caw.be', website: 'w' } });
  });

  it('counts a kind change as an update whose row carries the new kind', () => {
    const plan = planActorWrites([validateActor({ ...storedCaw, kind: 'Project', contact: storedCaw.contact })], new Map([['caw', storedCaw]]), now);
    expect(plan.counts.updated).toBe(1);
    expect(plan.rows[0]?.kind).toBe('Project');
  });
});

describe('planRelationWrites', () => {
  const same = validateRelation({ id: 'r1', kind: 'PARTNERS_WITH', source: 'a', target: 'b', since: '2020-01-01', weight: 2 });

  it('leaves an unchanged relation alone and returns the stored one', () => {
    const plan = planRelationWrites([same], new Map([['r1', storedR1]]), now);
    expect(plan).toMatchObject({ rows: [], moved: [], counts: { created: 0, updated: 0, unchanged: 1 } });
    expect(plan.relations[0]).toBe(storedR1);
  });

  it('updates properties in place, keeping createdAt; null clears a value', () => {
    const plan = planRelationWrites([{ ...same, weight: null, note: 'n' }], new Map([['r1', storedR1]]), now);
    expect(plan.moved).toEqual([]);
    expect(plan.rows[0]).toMatchObject({ weight: null, note: 'n', createdAt: earlier, updatedAt: now });
    expect(plan.counts.updated).toBe(1);
  });

  it('moves a relation whose endpoints or kind changed: delete the old one, recreate with its createdAt', () => {
    const reversed = planRelationWrites([{ ...same, source: 'b', target: 'a' }], new Map([['r1', storedR1]]), now);
    expect(reversed.moved).toEqual([storedR1]);
    expect(reversed.rows[0]).toMatchObject({ source: 'b', target: 'a', createdAt: earlier, updatedAt: now });
    const rekinded = planRelationWrites([{ ...same, kind: 'REFERS_TO' }], new Map([['r1', storedR1]]), now);
    expect(rekinded.moved).toEqual([storedR1]);
    expect(rekinded.rows[0]?.kind).toBe('REFERS_TO');
  });

  it('creates new relations with nulls for absent values', () => {
    const plan = planRelationWrites([validateRelation({ kind: 'FUNDS', source: 'm', target: 'p' })], new Map(), now);
    expect(plan.rows[0]).toEqual({ id: 'm--FUNDS--p', kind: 'FUNDS', source: 'm', target: 'p', since: null, until: null, weight: null, note: null, status: 'ACTIVE', createdAt: now, updatedAt: now });
    expect(plan.counts.created).toBe(1);
  });
});
