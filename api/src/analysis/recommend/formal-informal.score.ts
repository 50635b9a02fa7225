import type { ScopedActor } from '@weefsel/graph-schema';
import { plainActorKinds } from '../kinds';

export interface FormalInformalScore {
  /** True when one is formal care or welfare and the other an informal initiative. */
  links: boolean;
  /** The informal side had no formal partner yet (the INFORMAL_WITHOUT_FORMAL gap). */
  firstFormalPartner: boolean;
  /** 1 for a first formal partner of an informal actor, 0.6 for any other formal-informal tie, else 0. */
  score: number;
}

/** Areas (a municipality as partner) are neither formal care nor an initiative here. */
export function formalInformalScore(a: ScopedActor, b: ScopedActor, informalHasFormalPartner: (informal: ScopedActor) => boolean): FormalInformalScore {
  const links = plainActorKinds.has(a.kind) && plainActorKinds.has(b.kind) && a.formal !== b.formal;
  const firstFormalPartner = links && !informalHasFormalPartner(a.formal ? b : a);
  return { links, firstFormalPartner, score: formalInformalValue(links, firstFormalPartner) };
}

export function formalInformalValue(links: boolean, firstFormalPartner: boolean): number {
  if (!links) return 0;
  return firstFormalPartner ? 1 : 0.6;
}
