import { validateGraphDocument } from '@weefsel/graph-schema';
import { describe, expect, it } from 'vitest';
import { networkFixture } from '../../graph/network.fixture';
import { actorsCsv, csvField, relationsCsv, toCsv, toInterchange } from './scope-data';

describe('CSV builder', () => {
  it('quotes commas, quotes and line breaks, and joins lists with semicolons', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(['WELFARE', 'CARE'])).toBe('WELFARE;CARE');
    expect(csvField(null)).toBe('');
    expect(csvField(false)).toBe('false');
    expect(csvField(2.5)).toBe('2.5');
  });

  it('defuses spreadsheet formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-1+2')).toBe("'-1+2");
    expect(csvField(-1)).toBe('-1');
  });

  it('writes a header and one CRLF line per row', () => {
    expect(toCsv(['a', 'b'], [{ a: 1, b: 'x' }, { a: null }])).toBe('a,b\r\n1,x\r\n,\r\n');
  });

  it('exports the actors and relations of a scope', () => {
    const network = networkFixture();
    network.nodes[1] = { ...network.nodes[1]!, name: 'CAW, Oostende', domains: ['WELFARE', 'HOUSING'] };
    const actors = actorsCsv(network).trimEnd().split('\r\n');
    expect(actors[0]).toBe('id,kind,name,description,formal,domains,targetGroups,boundary');
    expect(actors[2]).toBe('org-caw,Organisation,"CAW, Oostende",,true,WELFARE;HOUSING,,false');
    expect(actors).toHaveLength(5);
    const relations = relationsCsv(network).trimEnd().split('\r\n');
    expect(relations[0]).toBe('id,kind,source,target,status,since,until,weight,note');
    expect(relations[2]).toBe('org-caw--PARTNERS_WITH--bi-buren,PARTNERS_WITH,org-caw,bi-buren,ACTIVE,,,,');
  });
});

describe('toInterchange', () => {
  it('gives a document the API would import', () => {
    const network = networkFixture();
    network.relations[1] = { ...network.relations[1]!, status: 'PLANNED', since: '2024-02-01', weight: 2, note: 'accepted' };
    const document = toInterchange(network);
    const valid = validateGraphDocument(document);
    expect(valid.actors.map((actor) => actor.id)).toEqual(network.nodes.map((node) => node.id));
    expect(document.relations[1]).toEqual({
      id: network.relations[1].id, kind: 'PARTNERS_WITH', source: 'org-caw', target: 'bi-buren', status: 'PLANNED', since: '2024-02-01', weight: 2, note: 'accepted',
    });
  });
});
