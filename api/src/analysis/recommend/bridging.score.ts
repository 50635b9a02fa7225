/** What a new tie would do to the shape of the network. */
export type BridgingEffect = 'BRINGS_IN_ISOLATED' | 'JOINS_COMPONENTS' | 'JOINS_COMMUNITIES' | 'NONE';

export interface BridgingScore {
  effect: BridgingEffect;
  /** Which side is isolated, for BRINGS_IN_ISOLATED ('a' when both are). */
  isolated: 'a' | 'b' | null;
  /** Brings an isolated actor in or joins separate components: 1; links two communities: 0.5; else 0. */
  score: number;
}

export interface BridgingFacts {
  degreeA: number;
  degreeB: number;
  componentA: number;
  componentB: number;
  communityA: number;
  communityB: number;
}

export function bridgingScore(f: BridgingFacts): BridgingScore {
  if (f.degreeA === 0 || f.degreeB === 0) return { effect: 'BRINGS_IN_ISOLATED', isolated: f.degreeA === 0 ? 'a' : 'b', score: 1 };
  if (f.componentA !== f.componentB) return { effect: 'JOINS_COMPONENTS', isolated: null, score: 1 };
  if (f.communityA !== f.communityB) return { effect: 'JOINS_COMMUNITIES', isolated: null, score: 0.5 };
  return { effect: 'NONE', isolated: null, score: 0 };
}
