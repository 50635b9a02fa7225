import { describe, expect, it } from 'vitest';
import { checkRelationEndpoints, foldText, lifeDomainNames, nodeKinds, targetGroupNames, validateGraphDocument } from '@weefsel/graph-schema';
import { demoGraph } from './demo-graph';

const doc = demoGraph();
const byId = new Map(doc.actors.map((a) => [a.id, a]));
const relationsOf = (kind: string, source?: string, target?: string) =>
  doc.relations.filter((r) => r.kind === kind && (!source || r.source === source) && (!target || r.target === target));

describe('demo network', () => {
  it('gives people ids that carry no part of their names (ids are shown to viewers)', () => {
    const people = doc.actors.filter((a) => (nodeKinds[a.kind].personalProperties as readonly string[]).includes('name'));
    expect(people.length).toBeGreaterThan(0);
    for (const person of people) {
      for (const word of foldText(person.name).split(/[^a-z]+/).filter((w) => w.length >= 3)) expect(person.id, person.name).not.toContain(word);
    }
  });

  it('is a valid document whose relations respect the allowed endpoint kinds', () => {
    const valid = validateGraphDocument(doc);
    expect(checkRelationEndpoints(valid.relations, (id) => byId.get(id)?.kind)).toEqual([]);
  });

  it('is big enough to explore: at least 200 nodes and 500 relations, every kind present', () => {
    expect(doc.actors.length).toBeGreaterThanOrEqual(200);
    expect(doc.relations.length).toBeGreaterThanOrEqual(500);
    const kinds = new Set(doc.actors.map((a) => a.kind));
    expect([...kinds].sort()).toEqual(['CareZone', 'CitizenInitiative', 'Municipality', 'Neighbourhood', 'Organisation', 'Project', 'TransitionManager']);
  });

  it('uses every life domain and every target group', () => {
    const domains = new Set(doc.actors.flatMap((a) => a.domains ?? []));
    const groups = new Set(doc.actors.flatMap((a) => a.targetGroups ?? []));
    expect(lifeDomainNames.filter((d) => !domains.has(d))).toEqual([]);
    expect(targetGroupNames.filter((g) => !groups.has(g))).toEqual([]);
  });

  it('dates relations over the years 2019-2026, with some ended', () => {
    const years = new Set(doc.relations.map((r) => r.since?.slice(0, 4)).filter(Boolean));
    for (let year = 2019; year <= 2026; year++) expect(years, `a relation starting in ${year}`).toContain(String(year));
    const ended = doc.relations.filter((r) => r.until);
    expect(ended.length).toBeGreaterThanOrEqual(30);
    expect(new Set(ended.map((r) => r.until?.slice(0, 4))).size).toBeGreaterThanOrEqual(5);
  });

  it('puts every municipality in exactly one care zone and every neighbourhood in one municipality', () => {
    for (const actor of doc.actors) {
      if (actor.kind === 'Municipality') expect(relationsOf('MEMBER_OF', actor.id).map((r) => byId.get(r.target)?.kind)).toEqual(['CareZone']);
      if (actor.kind === 'Neighbourhood') expect(relationsOf('PART_OF', actor.id).map((r) => byId.get(r.target)?.kind)).toEqual(['Municipality']);
    }
    expect(byId.get('mun-zuienkerke')?.name).toBe('Zuienkerke');
    expect(relationsOf('MEMBER_OF', 'mun-diksmuide')[0]?.target).toBe('cz-westkust-polder');
  });

  it('gives every project a penhouder', () => {
    for (const project of doc.actors.filter((a) => a.kind === 'Project')) {
      expect(relationsOf('LEAD_OF', undefined, project.id).length, project.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('contains the examples of the source texts', () => {
    expect(relationsOf('LEAD_OF', 'org-sociaal-huis-diksmuide', 'prj-landbouwers-diksmuide')).toHaveLength(1);
    expect(byId.get('prj-landbouwers-diksmuide')?.targetGroups).toEqual(['VULNERABLE_FARMERS']);
    expect(relationsOf('LEAD_OF', 'org-sociaal-huis-zoersel', 'prj-gbo-zoersel-pilot')[0]?.until).toBe('2018-04-30');
    expect(relationsOf('LEAD_OF', 'org-sociaal-huis-zoersel', 'prj-gbo-zoersel')[0]?.until).toBeUndefined();
    expect(relationsOf('LEAD_OF', 'org-caw-antwerpen', 'prj-gezinscoaches-antwerpen')).toHaveLength(1);
    expect(relationsOf('COORDINATES', 'mun-antwerpen', 'prj-gezinscoaches-antwerpen')).toHaveLength(1);
    expect(byId.get('prj-gezinscoaches-antwerpen')?.targetGroups).toContain('YOUNG_FAMILIES');
    const partnership = relationsOf('PARTNERS_WITH', undefined, 'prj-thematrajecten-2018').map((r) => r.source).sort();
    expect(partnership).toEqual(['org-ocmw-brugge', 'org-provincie-wvl-sda', 'org-resoc-nwvl', 'org-sociaal-huis-oostende']);
    expect(byId.get('org-wzc-marienstede')?.name).toBe('Woonzorgcentrum Mariënstede');
  });

  it('holds only fictional people with example.org addresses', () => {
    const people = doc.actors.filter((a) => a.kind === 'TransitionManager');
    expect(people.length).toBeGreaterThanOrEqual(5);
    for (const person of people) {
      expect(person.contact?.email).toMatch(/^[a-z.]+@example\.org$/);
      expect(Object.keys(person.contact ?? {})).toEqual(['email']);
      expect(person.description).toMatch(/Fictief persoon/);
    }
  });

  it('returns a fresh, identical document on every call', () => {
    const first = demoGraph();
    first.actors[0]!.name = 'changed';
    first.actors.find((a) => a.id === 'org-caw-nwvl')?.domains?.push('EDUCATION');
    first.relations.pop();
    expect(JSON.stringify(demoGraph())).toBe(JSON.stringify(doc));
  });
});
