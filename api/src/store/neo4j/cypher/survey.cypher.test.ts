import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { allSurveyNodes, putSurveyNode, surveyLabels, surveyNodes, surveyNodesWhere, surveySchemaStatements } from './survey.cypher';
import type { CypherQuery } from './cypher-query';

// The survey builders against Neo4j's own Cypher 5 parser, with the survey's labels and keys only:
// they must never name an actor label or a relationship type (analysis must not see survey data).
const propertyKeys = ['id', 'record', 'roundId', 'actorId', 'tokenHash', 'invitationId', 'key'];

function problems(query: CypherQuery): string[] {
  const { diagnostics } = lintCypherQuery(`CYPHER 5 ${query.cypher}`, { labels: surveyLabels, relationshipTypes: [], propertyKeys, parameters: query.params });
  return diagnostics.map((d) => String(d.message));
}

describe('survey Cypher builders', () => {
  it('produce valid Cypher 5 for every kind of survey node', () => {
    for (const kind of Object.keys(surveyNodes) as (keyof typeof surveyNodes)[]) {
      for (const query of [putSurveyNode(kind, 'k', { record: '{}' }), surveyNodesWhere(kind, surveyNodes[kind].key, ['k']), allSurveyNodes(kind)]) {
        expect(problems(query), query.cypher).toEqual([]);
      }
    }
    expect(surveyNodesWhere('invitations', 'tokenHash', ['a', 'a']).params).toEqual({ values: ['a'] });
  });

  it('keep the key in the stored properties and touch only survey labels', () => {
    expect(putSurveyNode('answers', 'inv-1', { roundId: 'r', record: '{}' }).params.props).toEqual({ roundId: 'r', record: '{}', invitationId: 'inv-1' });
    const text = [...surveySchemaStatements(), ...Object.keys(surveyNodes).map((k) => allSurveyNodes(k as keyof typeof surveyNodes).cypher)].join('\n');
    expect(text).not.toMatch(/:Actor\b|\[[a-z]*:/);
    expect(surveySchemaStatements().filter((s) => s.includes('tokenHash IS UNIQUE'))).toHaveLength(1);
  });
});
