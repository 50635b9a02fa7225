import { lines, type CypherQuery } from './cypher-query';

/**
 * The survey's nodes: labels of their own, never `:Actor` nor a relationship between actors, so
 * no graph statement (scopes, analysis, export) ever matches them. Each node keeps its record as
 * JSON in `record` (read and written whole) and, as properties, its key and the fields lookups use.
 */
export const surveyNodes = {
  rounds: { label: 'SurveyRound', key: 'id', fields: [] },
  invitations: { label: 'SurveyInvitation', key: 'id', fields: ['roundId', 'actorId', 'tokenHash'] },
  answers: { label: 'SurveyAnswer', key: 'invitationId', fields: ['roundId'] },
  acceptances: { label: 'SurveyAcceptance', key: 'key', fields: ['roundId'] },
} as const satisfies Record<string, { label: string; key: string; fields: readonly string[] }>;

export type SurveyNodeKind = keyof typeof surveyNodes;
export const surveyLabels = Object.values(surveyNodes).map((n) => n.label);
type FieldOf<K extends SurveyNodeKind> = (typeof surveyNodes)[K]['key'] | (typeof surveyNodes)[K]['fields'][number];

/** Creates or replaces the node of `key` with these properties (key, lookup fields, record). */
export function putSurveyNode(kind: SurveyNodeKind, key: string, props: Record<string, string>): CypherQuery {
  const { label, key: keyField } = surveyNodes[kind];
  return {
    cypher: lines(`MERGE (n:${label} {${keyField}: $key})`, `SET n = $props`, `RETURN n.record AS record`),
    params: { key, props: { ...props, [keyField]: key } },
  };
}

/** The records of the nodes whose `field` is one of `values`. */
export function surveyNodesWhere<K extends SurveyNodeKind>(kind: K, field: FieldOf<K>, values: readonly string[]): CypherQuery {
  const { label } = surveyNodes[kind];
  return { cypher: lines(`MATCH (n:${label})`, `WHERE n.${field} IN $values`, `RETURN n.record AS record`), params: { values: [...new Set(values)] } };
}

export function allSurveyNodes(kind: SurveyNodeKind): CypherQuery {
  return { cypher: lines(`MATCH (n:${surveyNodes[kind].label})`, `RETURN n.record AS record`), params: {} };
}

/** Uniqueness (which also gives the index every lookup by key uses) and the round lookups. */
export function surveySchemaStatements(): string[] {
  const { rounds, invitations, answers, acceptances } = surveyNodes;
  return [
    `CREATE CONSTRAINT survey_round_id IF NOT EXISTS FOR (n:${rounds.label}) REQUIRE n.id IS UNIQUE`,
    `CREATE CONSTRAINT survey_invitation_id IF NOT EXISTS FOR (n:${invitations.label}) REQUIRE n.id IS UNIQUE`,
    `CREATE CONSTRAINT survey_invitation_token IF NOT EXISTS FOR (n:${invitations.label}) REQUIRE n.tokenHash IS UNIQUE`,
    `CREATE INDEX survey_invitation_round IF NOT EXISTS FOR (n:${invitations.label}) ON (n.roundId)`,
    `CREATE CONSTRAINT survey_answer_invitation IF NOT EXISTS FOR (n:${answers.label}) REQUIRE n.invitationId IS UNIQUE`,
    `CREATE INDEX survey_answer_round IF NOT EXISTS FOR (n:${answers.label}) ON (n.roundId)`,
    `CREATE CONSTRAINT survey_acceptance_key IF NOT EXISTS FOR (n:${acceptances.label}) REQUIRE n.key IS UNIQUE`,
    `CREATE INDEX survey_acceptance_round IF NOT EXISTS FOR (n:${acceptances.label}) ON (n.roundId)`,
  ];
}
