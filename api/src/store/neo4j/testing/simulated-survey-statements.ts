// Test support: how the simulated graph answers the survey statements (survey.cypher.ts), which
// take their label and field from the builder, so one handler per statement shape answers them all.
import type { CypherQuery } from '../cypher/cypher-query';
import { surveyLabels } from '../cypher/survey.cypher';
import type { Props, SimulatedGraph } from './simulated-graph';
import type { StatementHandler } from './simulated-transactions';

const put = /^MERGE \(n:(\w+) \{(\w+): \$key\}\)\nSET n = \$props\nRETURN n\.record AS record$/;
const where = /^MATCH \(n:(\w+)\)\nWHERE n\.(\w+) IN \$values\nRETURN n\.record AS record$/;
const all = /^MATCH \(n:(\w+)\)\nRETURN n\.record AS record$/;

const surveyLabel = (match: RegExpExecArray | null): match is RegExpExecArray => match !== null && surveyLabels.includes(match[1] as never);

function nodesOf(graph: SimulatedGraph, label: string): Map<string, Props> {
  const nodes = graph.surveys.get(label) ?? new Map<string, Props>();
  graph.surveys.set(label, nodes);
  return nodes;
}

/** A unique property of another node with the same value: what a real constraint refuses. */
function uniqueClash(nodes: Map<string, Props>, key: string, props: Props): boolean {
  return typeof props.tokenHash === 'string' && [...nodes].some(([other, p]) => other !== key && p.tokenHash === props.tokenHash);
}

export const surveyHandlers: StatementHandler[] = [
  {
    matches: ({ cypher }) => surveyLabel(put.exec(cypher)),
    answer: (g, q: CypherQuery) => {
      const [, label] = put.exec(q.cypher) as RegExpExecArray;
      const nodes = nodesOf(g, label as string);
      const props = q.params.props as Props;
      if (uniqueClash(nodes, String(q.params.key), props)) throw Object.assign(new Error('simulated constraint violation'), { code: 'Neo.ClientError.Schema.ConstraintValidationFailed' });
      nodes.set(String(q.params.key), { ...props });
      return [{ record: props.record }];
    },
  },
  {
    matches: ({ cypher }) => surveyLabel(where.exec(cypher)),
    answer: (g, q) => {
      const [, label, field] = where.exec(q.cypher) as RegExpExecArray;
      const values = q.params.values as string[];
      return [...nodesOf(g, label as string).values()].filter((p) => values.includes(p[field as string] as string)).map((p) => ({ record: p.record }));
    },
  },
  {
    matches: ({ cypher }) => surveyLabel(all.exec(cypher)),
    answer: (g, q) => [...nodesOf(g, (all.exec(q.cypher) as RegExpExecArray)[1] as string).values()].map((p) => ({ record: p.record })),
  },
];
