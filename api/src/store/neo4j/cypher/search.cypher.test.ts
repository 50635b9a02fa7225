import { describe, expect, it } from 'vitest';
import { foldText } from '@weefsel/graph-schema';
import { cypherProblems } from './cypher-lint';
import { markWordStarts } from '../../shared/search-rank';
import { escapeLucene, fulltextSearch, luceneQuery, nameSearch, searchTerms } from './search.cypher';

describe('search builders', () => {
  it('escape every Lucene special character', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });

  it('make each word a required prefix term of the folded text', () => {
    expect(luceneQuery(foldText('Sociaal Huis'))).toBe('sociaal* AND huis*');
    expect(luceneQuery(foldText('Mariënstede'))).toBe('marienstede*');
    expect(luceneQuery(foldText('a AND (b'))).toBe('a* AND and* AND b*');
    expect(searchTerms('huis: x or')).toEqual(['huis', 'x', 'or']);
  });

  it('skip the fulltext index for text without letters or digits', () => {
    for (const text of ['"', '%_\\', '***', '()']) expect(luceneQuery(text)).toBeNull();
  });

  it('pass the text, marked text and limit as parameters and produce valid Cypher 5', () => {
    const text = "oost') YIELD node RETURN node //";
    const substring = nameSearch(text, 10, ['TransitionManager']);
    expect(substring.cypher).not.toContain(text);
    expect(substring.params).toEqual({ text, marked: markWordStarts(text), exclude: ['TransitionManager'], limit: 10 });
    expect(substring.cypher).toContain('WHERE a.nameMarked CONTAINS $marked AND NOT a.kind IN $exclude');
    const fulltext = fulltextSearch(luceneQuery(text) ?? '', 10);
    expect(fulltext.cypher).toContain("db.index.fulltext.queryNodes('actor_name', $query)");
    expect(fulltext.params).toEqual({ query: 'oost* AND yield* AND node* AND return* AND node*', limit: 10 });
    expect(cypherProblems(substring)).toEqual([]);
    expect(cypherProblems(fulltext)).toEqual([]);
  });

  it('filter on kind only when kinds are excluded (the filter reads the kind of every candidate)', () => {
    expect(nameSearch('oost', 10).cypher).not.toContain('$exclude');
    expect(nameSearch('oost', 10).params).not.toHaveProperty('exclude');
    expect(nameSearch('oost', 10, ['Person']).cypher).toContain('NOT b.nameMarked CONTAINS $marked AND NOT b.kind IN $exclude');
    expect(fulltextSearch('oost*', 10).cypher).not.toContain('$exclude');
    const excluding = fulltextSearch('oost*', 10, ['Person']);
    expect(excluding.cypher).toContain('WHERE NOT node.kind IN $exclude');
    expect(excluding.params).toEqual({ query: 'oost*', limit: 10, exclude: ['Person'] });
    expect(cypherProblems(excluding)).toEqual([]);
    expect(cypherProblems(nameSearch('oost', 10, ['Person']))).toEqual([]);
  });
});
