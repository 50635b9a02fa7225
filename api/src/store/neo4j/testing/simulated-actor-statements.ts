// Test support: how the simulated graph answers the actor and search statements.
import { foldText, type NodeKind } from '@weefsel/graph-schema';
import { viewerSortName } from '../../shared/viewer-order';
import * as actorRead from '../cypher/actor-read.cypher';
import * as actorWrite from '../cypher/actor-write.cypher';
import * as nameMarks from '../cypher/name-marks.cypher';
import { rowsOfLists, type CypherQuery } from '../cypher/cypher-query';
import * as search from '../cypher/search.cypher';
import { toActor } from '../neo4j-mapping';
import type { Row } from '../neo4j-runner';
import { rankSearchResults } from '../search-rank';
import { actorListKeys } from '../cypher/projections';
import { project, setProps, type Props, type SimulatedGraph } from './simulated-graph';
import type { StatementHandler } from './simulated-transactions';

// The actor map's keys: the same list the positional reads use (`actorList`).
const actorKeys: readonly string[] = actorListKeys;
const writtenKeys = [...actorKeys.filter((k) => k !== 'createdAt'), 'nameFolded', 'nameMarked'];

const byId = (a: Props, b: Props) => (String(a.id) < String(b.id) ? -1 : 1);
const byName = (a: Props, b: Props) => (a.nameFolded === b.nameFolded ? byId(a, b) : String(a.nameFolded) < String(b.nameFolded) ? -1 : 1);

export const actorRow = (g: SimulatedGraph, id: string): Row => ({ actor: project(g.nodes.get(id)?.props ?? {}, actorKeys) });
const idsOf = (q: CypherQuery) => (q.params.ids as string[] | undefined) ?? [];
const same = (build: () => CypherQuery) => (q: CypherQuery) => q.cypher === build().cypher;

/** WHERE of listActors / countFilteredActors, read from which parameters are present. */
function matchesFilter(n: Props, p: Props): boolean {
  // `any(d IN a.domains WHERE ...)` is null, so no match, when the property is absent.
  const anyOf = (list: unknown, wanted: unknown) => Array.isArray(list) && (wanted as string[]).some((w) => list.includes(w));
  return (
    (!p.kinds || (p.kinds as string[]).includes(n.kind as string)) &&
    (!p.domains || anyOf(n.domains, p.domains)) &&
    (!p.targetGroups || anyOf(n.targetGroups, p.targetGroups)) &&
    (p.formal === undefined || n.formal === p.formal) &&
    (!p.memberIds || (p.memberIds as string[]).includes(n.id as string)) &&
    (!p.asOf || ((n.since == null || String(n.since) <= String(p.asOf)) && (n.until == null || String(n.until) >= String(p.asOf))))
  );
}

function upsertActors(g: SimulatedGraph, { params }: CypherQuery): Row[] {
  const rows = rowsOfLists(actorWrite.actorRowKeys, params.rows) as Props[];
  for (const row of rows) {
    const id = String(row.id);
    const node = g.nodes.get(id) ?? { labels: new Set<string>(), props: { id, createdAt: row.createdAt } };
    setProps(node.props, row, writtenKeys);
    node.labels = new Set(['Actor', String(row.kind)]);
    g.nodes.set(id, node);
  }
  return [{ written: rows.length }];
}

/** `NOT kind IN $exclude` of the search statements. */
const visible = (props: Props, params: CypherQuery['params']) => !((params.exclude as string[] | undefined) ?? []).includes(String(props.kind));

function fulltext(g: SimulatedGraph, { params }: CypherQuery): Row[] {
  // Lucene stand-in: every `term*` must start some word of the folded name.
  const terms = String(params.query).split(' AND ').map((t) => t.replace(/\\(.)/g, '$1').replace(/\*$/, ''));
  const words = (name: unknown) => search.searchTerms(foldText(String(name)));
  const hits = [...g.nodes.values()].filter((n) => visible(n.props, params) && terms.every((t) => words(n.props.name).some((w) => w.startsWith(t))));
  return hits.slice(0, params.limit as number).map((n) => actorRow(g, String(n.props.id)));
}

function nameSearch(g: SimulatedGraph, { params }: CypherQuery): Row[] {
  const hits = [...g.nodes.values()].filter((n) => visible(n.props, params) && String(n.props.nameFolded).includes(String(params.text)));
  const actors = hits.map((n) => toActor(project(n.props, actorKeys)));
  return rankSearchResults(actors, String(params.text), params.limit as number).map((a) => actorRow(g, a.id));
}

function sortedNodes(g: SimulatedGraph): Props[] {
  return [...g.nodes.values()].map((n) => n.props).sort(byName);
}

function viewerSorted(g: SimulatedGraph): Props[] {
  const key = (n: Props) => viewerSortName({ kind: n.kind as NodeKind, nameFolded: String(n.nameFolded) });
  return sortedNodes(g).sort((a, b) => (key(a) === key(b) ? byId(a, b) : key(a) < key(b) ? -1 : 1));
}

export const actorHandlers: StatementHandler[] = [
  { matches: same(() => actorRead.actorsByIds([])), answer: (g, q) => idsOf(q).filter((id) => g.nodes.has(id)).map((id) => actorRow(g, id)) },
  {
    matches: same(() => actorRead.actorEndsByIds([])),
    answer: (g, q) => idsOf(q).flatMap((id) => {
      const until = g.nodes.get(id)?.props.until;
      return until === null || until === undefined ? [] : [{ id, until }];
    }),
  },
  {
    matches: same(() => actorRead.actorKindsByIds([])),
    answer: (g, q) => idsOf(q).filter((id) => g.nodes.has(id)).map((id) => ({ id, kind: g.nodes.get(id)?.props.kind })),
  },
  { matches: same(() => actorRead.actorDirectory()), answer: (g) => [...g.nodes.values()].map((n) => ({ actor: [n.props.id, n.props.kind, n.props.name] })) },
  { matches: same(() => actorRead.allActors()), answer: (g) => [...g.nodes.values()].map((n) => ({ actor: actorListKeys.map((key) => n.props[key] ?? null) })) },
  { matches: same(() => actorRead.countActors()), answer: (g) => [{ count: g.nodes.size }] },
  {
    matches: ({ cypher }) => cypher.startsWith('MATCH (a:Actor)') && cypher.endsWith('RETURN count(a) AS count'),
    answer: (g, q) => [{ count: sortedNodes(g).filter((n) => matchesFilter(n, q.params)).length }],
  },
  {
    matches: ({ cypher }) => cypher.startsWith('MATCH (a:Actor)') && cypher.includes('SKIP toInteger($offset)'),
    answer: (g, { params: p }) =>
      (p.viewerSortNames ? viewerSorted(g) : sortedNodes(g))
        .filter((n) => matchesFilter(n, p))
        .slice(p.offset as number, (p.offset as number) + (p.limit as number))
        .map((n) => actorRow(g, String(n.id))),
  },
  { matches: ({ cypher }) => cypher.includes('MERGE (a:Actor {id: row.id})'), answer: upsertActors },
  { matches: same(() => actorWrite.deleteActor('')), answer: (g, q) => [{ deleted: g.detachDelete(String(q.params.id)) ? 1 : 0 }] },
  {
    matches: same(() => actorWrite.deleteAllActors()),
    answer: (g) => {
      for (const id of [...g.nodes.keys()]) g.detachDelete(id);
      return [];
    },
  },
  // The text depends on whether any kind is excluded.
  {
    matches: same(() => nameMarks.unmarkedNames(0)),
    answer: (g, q) =>
      [...g.nodes.values()]
        .filter((n) => n.labels.has('Actor') && n.props.nameMarked === undefined)
        .slice(0, q.params.limit as number)
        .map((n) => ({ id: n.props.id, name: n.props.name })),
  },
  {
    matches: same(() => nameMarks.setNameMarks([])),
    answer: (g, q) => {
      const rows = q.params.rows as { id: string; nameMarked: string }[];
      for (const row of rows) setProps(g.nodes.get(row.id)?.props ?? {}, row, ['nameMarked']);
      return [{ written: rows.length }];
    },
  },
  { matches: (q) => [[], ['x']].some((ex) => q.cypher === search.nameSearch('', 0, ex).cypher), answer: nameSearch },
  { matches: (q) => [[], ['x']].some((ex) => q.cypher === search.fulltextSearch('', 0, ex).cypher), answer: fulltext },
];
