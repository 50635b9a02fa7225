import { describe, expect, it } from 'vitest';
import { canonicalContact, sameActorFields, actorFields } from './record-fields';
import { compareSearchHits, markWordStarts, searchRank, searchRanks, wordStartMark } from './search-rank';
import { egoDistances, scopeRelations } from './subgraph-assembly';
import { actorChangeIssues } from './write-checks';
import type { RelationKind, RelationStatus } from '@weefsel/graph-schema';

describe('searchRank', () => {
  it('tells exact, word prefix, inside a word and no match apart', () => {
    expect(searchRank('brugge', 'brugge')).toBe(searchRanks.exact);
    expect(searchRank('ocmw brugge', 'brug')).toBe(searchRanks.wordPrefix);
    expect(searchRank('caw noord-west-vlaanderen', 'west')).toBe(searchRanks.wordPrefix);
    expect(searchRank('zeebrugge', 'brugge')).toBe(searchRanks.substring);
    // A later occurrence at a word start still counts as a word prefix.
    expect(searchRank('zeebrugge en brugge-oost', 'brugge')).toBe(searchRanks.wordPrefix);
    expect(searchRank('kortrijk', 'brugge')).toBeNull();
    expect(searchRank('kortrijk', '')).toBeNull();
  });

  it('finds overlapping occurrences in one pass the way indexOf would', () => {
    expect(searchRank('aaab', 'aab')).toBe(searchRanks.substring);
    expect(searchRank('aa aab', 'aab')).toBe(searchRanks.wordPrefix);
    expect(searchRank('ababac-abac', 'abac')).toBe(searchRanks.wordPrefix);
    // Every pair of short texts over a small alphabet ranks as a plain indexOf scan ranks it.
    const naive = (name: string, query: string) => {
      if (query === '') return null;
      if (name === query) return searchRanks.exact;
      let substring = false;
      for (let at = name.indexOf(query); at >= 0; at = name.indexOf(query, at + 1)) {
        if (at === 0 || !/[\p{L}\p{N}]/u.test(name.charAt(at - 1))) return searchRanks.wordPrefix;
        substring = true;
      }
      return substring ? searchRanks.substring : null;
    };
    const texts = (length: number): string[] => (length === 0 ? [''] : texts(length - 1).flatMap((t) => ['a', 'b', '-'].map((c) => t + c)));
    const names = [0, 1, 2, 3, 4, 5, 6].flatMap(texts);
    const queries = [1, 2, 3].flatMap(texts);
    for (const name of names) for (const query of queries) expect(searchRank(name, query), `${name} / ${query}`).toBe(naive(name, query));
  });

  it('reads a letter outside the Basic Multilingual Plane as one letter before a match', () => {
    // U+1D4D0 (mathematical bold script A) is a letter of two code units; U+1F600 is not a letter.
    expect(searchRank('\u{1D4D0}brugge', 'brugge')).toBe(searchRanks.substring);
    expect(searchRank('\u{1F600}brugge', 'brugge')).toBe(searchRanks.wordPrefix);
  });

  it('marks word starts so that "the marked name contains the marked query" is "a word starts with the query"', () => {
    expect(markWordStarts('caw noord-west')).toBe(`${wordStartMark}caw ${wordStartMark}noord-${wordStartMark}west`);
    expect(markWordStarts('a  b')).toBe(`${wordStartMark}a ${wordStartMark} ${wordStartMark}b`);
    expect(markWordStarts('')).toBe('');
    const texts = (length: number): string[] => (length === 0 ? [''] : texts(length - 1).flatMap((t) => ['a', 'b', '-', ' ', '\u{1D4D0}'].map((c) => t + c)));
    const names = [1, 2, 3, 4, 5].flatMap(texts);
    const queries = [1, 2, 3].flatMap(texts).map((query) => ({ query, marked: markWordStarts(query) }));
    const disagreements: string[] = [];
    for (const name of names) {
      const marked = markWordStarts(name);
      for (const { query, marked: markedQuery } of queries) {
        const rank = searchRank(name, query);
        const atWordStart = rank === searchRanks.exact || rank === searchRanks.wordPrefix;
        if (marked.includes(markedQuery) !== atWordStart) disagreements.push(`${name} / ${query}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('orders hits by rank, then name, then id', () => {
    const hits = [
      { rank: 2, nameFolded: 'a', id: '1' },
      { rank: 1, nameFolded: 'b', id: '2' },
      { rank: 1, nameFolded: 'a', id: '4' },
      { rank: 1, nameFolded: 'a', id: '3' },
    ];
    expect(hits.sort(compareSearchHits).map((h) => h.id)).toEqual(['3', '4', '2', '1']);
  });
});

describe('record fields', () => {
  it('gives equal contacts one form and treats list order as no change', () => {
    expect(JSON.stringify(canonicalContact({ phone: '1', email: 'a@b', website: '' }))).toBe('{"email":"a@b","phone":"1"}');
    expect(canonicalContact({ email: '' })).toBeNull();
    const a = actorFields({ id: 'x', kind: 'Organisation', name: 'X', contact: { phone: '1', email: 'e' } });
    const b = actorFields({ id: 'x', kind: 'Organisation', name: 'X', contact: { email: 'e', phone: '1' } });
    expect(sameActorFields(a, b)).toBe(true);
    expect(sameActorFields(a, { ...b, formal: false })).toBe(false);
  });
});

describe('scopeRelations', () => {
  it('keeps inside relations and collaboration ties out, marking their far end as boundary', () => {
    const inside = new Set(['a', 'b']);
    const { relations, boundary } = scopeRelations(inside, [
      { id: '1', kind: 'PARTNERS_WITH', source: 'a', target: 'b' },
      { id: '2', kind: 'REFERS_TO', source: 'c', target: 'a' },
      { id: '3', kind: 'MEMBER_OF', source: 'b', target: 'zone' },
    ] as const);
    expect(relations.map((r) => r.id)).toEqual(['1', '2']);
    expect([...boundary]).toEqual(['c']);
  });
});

describe('egoDistances', () => {
  it('stops at the depth and when nothing new is reached', async () => {
    const ties: Record<string, string[]> = { a: ['b'], b: ['a', 'c'], c: ['b', 'd'], d: ['c'] };
    const neighbours = (frontier: string[]) => frontier.flatMap((id) => ties[id] ?? []);
    expect(Object.fromEntries(await egoDistances('a', 2, neighbours))).toEqual({ a: 0, b: 1, c: 2 });
    expect(Object.fromEntries(await egoDistances('a', 4, neighbours))).toEqual({ a: 0, b: 1, c: 2, d: 3 });
  });
});

describe('actorChangeIssues', () => {
  const kinds: Record<string, 'CitizenInitiative' | 'Municipality' | 'Project'> = { v: 'CitizenInitiative', m: 'Municipality', p: 'Project', q: 'Project' };
  const names: Record<string, string> = { v: 'Repair Café Sint-Kruis', m: 'Brugge', p: 'Proefproject' };
  const tie = (id: string, kind: RelationKind, source: string, target: string, status: RelationStatus = 'ACTIVE', until: string | null = null) => ({ id, kind, source, target, status, until });

  it('names the actor path and the relation a kind change breaks, once per relation', () => {
    const issues = actorChangeIssues(
      { kinds: new Map([['v', 'CitizenInitiative' as const]]), clearedEnds: new Set() },
      [tie('r10', 'COACHES', 'v', 'm'), tie('r10', 'COACHES', 'v', 'm'), tie('ok', 'PARTNERS_WITH', 'v', 'm')],
      { kindOf: (id) => kinds[id], untilOf: () => null, nameOf: (id) => names[id] },
      (_id, field) => `actors[3].${field}`,
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('actors[3].kind');
    expect(issues[0]?.message).toMatch(/relation r10 would break.*COACHES cannot run from a CitizenInitiative/);
    // What a person reads the relation by: its ends' names and its kind.
    expect(issues[0]?.params).toEqual({ id: 'v', name: 'Repair Café Sint-Kruis', kind: 'CitizenInitiative', relation: 'r10', relationKind: 'COACHES', sourceName: 'Repair Café Sint-Kruis', targetName: 'Brugge' });
  });

  it('refuses to clear the last day an ended relation without its own takes its end from, and only that', () => {
    const ends: Record<string, string | null> = { p: null, q: '2020-12-31', v: null };
    const issues = actorChangeIssues(
      { kinds: new Map(), clearedEnds: new Set(['p']) },
      [
        tie('borrowed', 'PARTNERS_WITH', 'v', 'p', 'ENDED'),
        tie('own-end', 'PARTNERS_WITH', 'v', 'p', 'ENDED', '2019-01-01'),
        tie('running', 'PARTNERS_WITH', 'v', 'p'),
        tie('other-end', 'PARTNERS_WITH', 'p', 'q', 'ENDED'),
      ],
      { kindOf: (id) => kinds[id], untilOf: (id) => ends[id], nameOf: (id) => names[id] },
      (_id, field) => field,
    );
    expect(issues.map((i) => [i.path, i.code, i.params])).toEqual([
      ['until', 'endClearBreaksRelation', { id: 'p', name: 'Proefproject', relation: 'borrowed', relationKind: 'PARTNERS_WITH', sourceName: 'Repair Café Sint-Kruis', targetName: 'Proefproject' }],
    ]);
  });
});
