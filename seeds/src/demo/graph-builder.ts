import {
  ValidationError,
  checkRelationEndpoints,
  deriveRelationId,
  statusOn,
  todayInBrussels,
  type ActorInput,
  type Contact,
  type GraphDocument,
  type LifeDomain,
  type NodeKind,
  type RelationInput,
  type RelationKind,
  type TargetGroup,
} from '@weefsel/graph-schema';

/** What the seed files say about an actor besides its id, kind and name. */
export interface ActorDetails {
  description?: string;
  domains?: LifeDomain[];
  targetGroups?: TargetGroup[];
  formal?: boolean;
  contact?: Contact;
  /** The days the actor exists (a project that ended); absent: it always was and still is. */
  exists?: { since?: string; until?: string };
}

/** Where a placed actor sits: LOCATED_IN one area, ACTIVE_IN any others. */
export interface Placement {
  locatedIn?: string;
  activeIn?: string[];
  /** Start of the placement relations (YYYY-MM-DD); absent means "always was". */
  since?: string;
}

export interface TieOptions {
  until?: string;
  weight?: number;
  note?: string;
  /** Needed only when the same kind links the same pair twice (e.g. a partnership renewed later). */
  idSuffix?: string;
}

/** One actor in a seed table: [kind, id, name, details and placement]. */
export type ActorRow = readonly [kind: NodeKind, id: string, name: string, details: ActorDetails & Placement];

/** Short names for the kinds that seed tables repeat on every line. */
export const ORG = 'Organisation' satisfies NodeKind;
export const INI = 'CitizenInitiative' satisfies NodeKind;
export const PRJ = 'Project' satisfies NodeKind;

/** One tie in a seed table: [source, kind, target, since, until?]. */
export type TieRow = readonly [source: string, kind: RelationKind, target: string, since: string | null, until?: string];

/**
 * Collects the demo network region by region. Endpoint kinds are checked once at the end with
 * graph-schema's own check, so region files may refer to actors that another file adds.
 */
export class GraphBuilder {
  private readonly actors = new Map<string, ActorInput>();
  private readonly relations = new Map<string, RelationInput>();

  /** `today` (YYYY-MM-DD) decides which ties have ended: their status says so, as the dates do. */
  constructor(private readonly today: string = todayInBrussels()) {}

  actor(kind: NodeKind, id: string, name: string, details: ActorDetails = {}): string {
    if (this.actors.has(id)) {
      throw new Error(`GraphBuilder.actor: id "${id}" is already used by "${this.actors.get(id)?.name}"; pick another id`);
    }
    const { exists, ...rest } = details;
    this.actors.set(id, { id, kind, name, ...rest, ...exists });
    return id;
  }

  /** Adds an actor with its LOCATED_IN and ACTIVE_IN relations. */
  placed(kind: NodeKind, id: string, name: string, details: ActorDetails & Placement): string {
    const { locatedIn, activeIn = [], since, ...actor } = details;
    this.actor(kind, id, name, actor);
    const from = since ?? null;
    if (locatedIn) this.tie(id, 'LOCATED_IN', locatedIn, from);
    for (const area of activeIn) this.tie(id, 'ACTIVE_IN', area, from);
    return id;
  }

  placedAll(rows: readonly ActorRow[]): void {
    for (const [kind, id, name, details] of rows) this.placed(kind, id, name, details);
  }

  tie(source: string, kind: RelationKind, target: string, since: string | null, options: TieOptions = {}): void {
    const base = deriveRelationId(kind, source, target);
    const id = options.idSuffix ? `${base}--${options.idSuffix}` : base;
    if (this.relations.has(id)) {
      throw new Error(`GraphBuilder.tie: relation "${id}" is added twice; remove one or give it an idSuffix`);
    }
    const relation: RelationInput = { id, kind, source, target };
    if (since) relation.since = since;
    if (options.until) relation.until = options.until;
    // Stored status and dates must agree (docs/time.md): a tie past its last day is ENDED.
    if (statusOn({ status: 'ACTIVE', until: options.until ?? null }, this.today) === 'ENDED') relation.status = 'ENDED';
    if (options.weight !== undefined) relation.weight = options.weight;
    if (options.note) relation.note = options.note;
    this.relations.set(id, relation);
  }

  ties(rows: readonly TieRow[]): void {
    for (const [source, kind, target, since, until] of rows) {
      this.tie(source, kind, target, since, until ? { until } : {});
    }
  }

  kindOf(id: string): NodeKind | undefined {
    return this.actors.get(id)?.kind;
  }

  /** The finished document; throws a ValidationError naming every relation with a bad endpoint. */
  toDocument(): GraphDocument {
    const relations = [...this.relations.values()].map((r) => ({ ...r, id: r.id as string }));
    const issues = checkRelationEndpoints(relations, (id) => this.kindOf(id));
    if (issues.length > 0) throw new ValidationError('demoGraph', issues);
    // A deep copy: the seed tables' arrays must not be shared with callers that edit the result.
    return structuredClone({ actors: [...this.actors.values()], relations });
  }
}
