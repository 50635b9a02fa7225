import { actorDefaults, isActiveOn, relationKinds, type GraphDocument, type RelationInput } from '@weefsel/graph-schema';

/**
 * Small graph helpers for the seed tests, so the tests compute the demo's weaknesses from the data
 * instead of trusting a list. Kept independent of the api's analysis code on purpose: the seeds
 * must not depend on what they are used to test.
 */

export type Adjacency = Map<string, Set<string>>;

function activeOn(relation: RelationInput, asOf: string | undefined): boolean {
  return asOf === undefined || isActiveOn({ since: relation.since ?? null, until: relation.until ?? null }, asOf);
}

/** Collaboration ties as an undirected graph over every actor (isolated ones included). */
export function collaborationGraph(doc: GraphDocument, asOf?: string): Adjacency {
  const graph: Adjacency = new Map(doc.actors.map((a) => [a.id, new Set<string>()]));
  for (const r of doc.relations) {
    if (relationKinds[r.kind].tie !== 'collaboration' || !activeOn(r, asOf)) continue;
    graph.get(r.source)?.add(r.target);
    graph.get(r.target)?.add(r.source);
  }
  return graph;
}

/** Connected components, each a set of ids; `without` is left out as if deleted. */
export function components(graph: Adjacency, without?: string): Set<string>[] {
  const seen = new Set<string>(without ? [without] : []);
  const result: Set<string>[] = [];
  for (const start of graph.keys()) {
    if (seen.has(start)) continue;
    const component = new Set([start]);
    const stack = [start];
    seen.add(start);
    while (stack.length > 0) {
      for (const next of graph.get(stack.pop() as string) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        component.add(next);
        stack.push(next);
      }
    }
    result.push(component);
  }
  return result;
}

/** Tarjan's articulation points (iterative, so deep chains cannot overflow the stack). */
export function articulationPoints(graph: Adjacency): Set<string> {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const points = new Set<string>();
  for (const root of graph.keys()) {
    if (order.has(root)) continue;
    order.set(root, order.size);
    low.set(root, order.get(root) as number);
    let rootChildren = 0;
    const stack: { node: string; parent: string | null; neighbours: Iterator<string> }[] = [
      { node: root, parent: null, neighbours: (graph.get(root) ?? new Set<string>()).values() },
    ];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as (typeof stack)[number];
      const step = frame.neighbours.next();
      if (!step.done) {
        const next = step.value;
        if (next === frame.parent) continue;
        if (order.has(next)) {
          low.set(frame.node, Math.min(low.get(frame.node) as number, order.get(next) as number));
          continue;
        }
        order.set(next, order.size);
        low.set(next, order.get(next) as number);
        if (frame.node === root) rootChildren++;
        stack.push({ node: next, parent: frame.node, neighbours: (graph.get(next) ?? new Set<string>()).values() });
        continue;
      }
      stack.pop();
      const parent = frame.parent;
      if (parent === null) continue;
      low.set(parent, Math.min(low.get(parent) as number, low.get(frame.node) as number));
      if (parent !== root && (low.get(frame.node) as number) >= (order.get(parent) as number)) points.add(parent);
    }
    if (rootChildren > 1) points.add(root);
  }
  return points;
}

/** The area and everything placed in it through chains of placesIn relations (the scope contract). */
export function scopeMembers(doc: GraphDocument, areaId: string, asOf?: string): Set<string> {
  const within = new Map<string, string[]>();
  for (const r of doc.relations) {
    if (!relationKinds[r.kind].placesIn || !activeOn(r, asOf)) continue;
    within.set(r.target, [...(within.get(r.target) ?? []), r.source]);
  }
  const members = new Set([areaId]);
  const stack = [areaId];
  while (stack.length > 0) {
    for (const inner of within.get(stack.pop() as string) ?? []) {
      if (members.has(inner)) continue;
      members.add(inner);
      stack.push(inner);
    }
  }
  return members;
}

/** Whether an actor counts as formal care, with graph-schema's defaults per kind. */
export function isFormal(doc: GraphDocument, id: string): boolean {
  const actor = doc.actors.find((a) => a.id === id);
  if (!actor) throw new Error(`isFormal: no actor "${id}" in the document`);
  return actorDefaults(actor).formal;
}
