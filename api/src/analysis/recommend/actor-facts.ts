import { nodeKindNames, type ScopedActor } from '@weefsel/graph-schema';
import { domainMask, targetGroupMask } from '../actor-masks';
import { plainActorKinds } from '../kinds';

/**
 * What pair features and values compare about each node, as typed arrays by node index: a request
 * compares the asking actor with thousands of candidates, and reading these costs a fraction of
 * reading the actor records.
 */
export interface ActorFacts {
  /** Index of the kind in `nodeKindNames`. */
  kind: Uint8Array;
  /** 1 formal, 0 informal, 2 not said: equal codes exactly where the records' `formal` are equal. */
  formal: Uint8Array;
  /** 1 for a plain actor (`plainActorKinds`): neither an area nor a kind without collaboration ties. */
  plain: Uint8Array;
  /** Life domains as a bit set (`domainMask`). */
  domains: Uint32Array;
  /** Target groups as a bit set (`targetGroupMask`). */
  targetGroups: Uint32Array;
}

const kindCode = new Map(nodeKindNames.map((kind, i) => [kind, i]));

/**
 * The facts of `actors`; with the facts of an earlier list of the same nodes in the same order (a
 * region patched after writes), only the actors whose record changed are read again: an edit
 * touches one record of 50,000.
 */
export function actorFacts(actors: readonly ScopedActor[], before?: { actors: readonly ScopedActor[]; facts: ActorFacts }): ActorFacts {
  const n = actors.length;
  if (before && before.actors.length === n) {
    const { kind, formal, plain, domains, targetGroups } = before.facts;
    const facts: ActorFacts = { kind: kind.slice(), formal: formal.slice(), plain: plain.slice(), domains: domains.slice(), targetGroups: targetGroups.slice() };
    for (let i = 0; i < n; i++) if (actors[i] !== before.actors[i]) setFacts(facts, i, actors[i] as ScopedActor);
    return facts;
  }
  const facts: ActorFacts = { kind: new Uint8Array(n), formal: new Uint8Array(n), plain: new Uint8Array(n), domains: new Uint32Array(n), targetGroups: new Uint32Array(n) };
  for (let i = 0; i < n; i++) setFacts(facts, i, actors[i] as ScopedActor);
  return facts;
}

function setFacts(facts: ActorFacts, i: number, actor: ScopedActor): void {
  facts.kind[i] = kindCode.get(actor.kind) as number;
  facts.formal[i] = actor.formal === true ? 1 : actor.formal === false ? 0 : 2;
  facts.plain[i] = plainActorKinds.has(actor.kind) ? 1 : 0;
  facts.domains[i] = domainMask(actor.domains);
  facts.targetGroups[i] = targetGroupMask(actor.targetGroups);
}
