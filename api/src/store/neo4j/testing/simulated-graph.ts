// Test support: an in-memory property graph with just the operations the adapter's statements
// perform, written from the Cypher semantics the statements rely on (see simulated-transactions).
import { collaborationKinds, isActiveOn, placementKinds } from '@weefsel/graph-schema';

export type Props = Record<string, unknown>;

export interface SimNode {
  labels: Set<string>;
  props: Props;
}

export interface SimRel {
  type: string;
  source: string;
  target: string;
  props: Props;
}

/** `MATCH (a) RETURN a {.x, .y}`: absent properties project as null. */
export function project(props: Props, keys: readonly string[]): Props {
  return Object.fromEntries(keys.map((key) => [key, props[key] ?? null]));
}

/** `SET n.x = value`: null removes the property. */
export function setProps(target: Props, values: Props, keys: readonly string[]): void {
  for (const key of keys) {
    const value = values[key];
    if (value === null || value === undefined) delete target[key];
    else target[key] = structuredClone(value);
  }
}

export class SimulatedGraph {
  nodes = new Map<string, SimNode>();
  rels: SimRel[] = [];
  /** `:User` nodes by id, and `:AuditEntry` nodes in creation order. */
  users = new Map<string, Props>();
  audit: Props[] = [];
  /** The `:ChangeMark` counter; null until the first write creates the node. */
  mark: number | null = null;
  /** The users' counter on the same node (0 when the node has none yet). */
  usersMark = 0;
  /** `:GraphChange` entries: the change-mark value each write set, and what it touched (JSON). */
  changes = new Map<number, string>();
  /** `:KeptModel` nodes by key. */
  models = new Map<string, { mark: string; model: string }>();
  /** `DRAWN_IN` relationships: scope key, then actor id, to x, y and pinned. */
  positions = new Map<string, Map<string, Props>>();
  /** Survey nodes: label, then key, to their properties. */
  surveys = new Map<string, Map<string, Props>>();

  clone(): SimulatedGraph {
    const copy = new SimulatedGraph();
    copy.mark = this.mark;
    copy.usersMark = this.usersMark;
    copy.changes = new Map(this.changes);
    copy.models = new Map(this.models);
    copy.users = new Map([...this.users].map(([id, u]) => [id, { ...u }]));
    copy.audit = this.audit.map((e) => ({ ...e }));
    copy.nodes = new Map([...this.nodes].map(([id, n]) => [id, { labels: new Set(n.labels), props: structuredClone(n.props) }]));
    copy.rels = this.rels.map((r) => ({ ...r, props: structuredClone(r.props) }));
    copy.surveys = new Map([...this.surveys].map(([label, nodes]) => [label, new Map([...nodes].map(([key, p]) => [key, { ...p }]))]));
    copy.positions = new Map([...this.positions].map(([key, drawn]) => [key, new Map([...drawn].map(([id, p]) => [id, { ...p }]))]));
    return copy;
  }

  relationMap(rel: SimRel): Props {
    const keys = ['id', 'since', 'until', 'weight', 'note', 'status', 'createdAt', 'updatedAt'];
    return { ...project(rel.props, keys), kind: rel.type, source: rel.source, target: rel.target };
  }

  /** An active relation under the asOf predicate of the statements (no date: every relation). */
  active(rel: SimRel, asOf: unknown): boolean {
    if (typeof asOf !== 'string') return true;
    return isActiveOn({ since: (rel.props.since as string) ?? null, until: (rel.props.until as string) ?? null }, asOf);
  }

  /** `(member)-[:PLACEMENT*0..]->(area)` with every relation on the path active. */
  members(areaId: string, asOf: unknown): string[] {
    if (!this.nodes.has(areaId)) return [];
    const found = new Set([areaId]);
    let frontier = [areaId];
    while (frontier.length > 0) {
      const next: string[] = [];
      for (const rel of this.rels) {
        if ((placementKinds as string[]).includes(rel.type) && frontier.includes(rel.target) && this.active(rel, asOf) && !found.has(rel.source)) {
          found.add(rel.source);
          next.push(rel.source);
        }
      }
      frontier = next;
    }
    return [...found];
  }

  isCollaboration(rel: SimRel): boolean {
    return (collaborationKinds as string[]).includes(rel.type);
  }

  detachDelete(id: string): boolean {
    if (!this.nodes.delete(id)) return false;
    this.rels = this.rels.filter((r) => r.source !== id && r.target !== id);
    for (const drawn of this.positions.values()) drawn.delete(id);
    return true;
  }
}
