import type { AnalysisGraph } from '../analysis-graph';
import { defaultAnalysisOptions, type AnalysisOptions } from '../analysis-options';
import { formalInformalGaps, isolationGaps } from './actor-gaps';
import { coverageGaps, domainPairGaps } from './coverage-gaps';
import { compareGaps, type Gap, type GapKind } from './gap';
import { gapContext, type GapContext } from './gap-context';
import { bridgeGaps, cutVertexGaps, fragmentationGaps } from './structure-gaps';

/** One detector: the gap kinds it reports, and how it finds them. */
export interface GapDetector {
  kinds: readonly GapKind[];
  find: (ctx: GapContext) => Gap[];
}

/**
 * Every detector, each with the kinds it reports. A test checks that every gap kind graph-schema
 * names has exactly one detector, so a new kind is either detected or fails the tests; how a kind is
 * closed is `gapSideRules` (recommend/gap-pairs), which does not compile without it.
 */
export const gapDetectors: readonly GapDetector[] = [
  { kinds: ['ISOLATED_ACTOR', 'PERIPHERAL_ACTOR'], find: isolationGaps },
  { kinds: ['INFORMAL_WITHOUT_FORMAL', 'FORMAL_WITHOUT_INFORMAL'], find: formalInformalGaps },
  { kinds: ['ARTICULATION_POINT', 'BROKER_DEPENDENCE'], find: cutVertexGaps },
  { kinds: ['BRIDGE_TIE'], find: bridgeGaps },
  { kinds: ['FRAGMENTATION'], find: fragmentationGaps },
  { kinds: ['DOMAIN_ABSENT', 'TARGET_GROUP_UNSERVED'], find: coverageGaps },
  { kinds: ['DOMAIN_PAIR_UNLINKED'], find: domainPairGaps },
];

/**
 * Every weakness of the scope's network, most severe first (only the `kinds` asked for, when given:
 * detectors of other kinds do not run). Boundary partners are never the subject of a gap (their
 * other ties lie outside the scope, so "isolated" or "no informal partner" would be guesses), but
 * they do count as partners and can be the broker a part of the scope hangs on.
 */
export function findGaps(ag: AnalysisGraph, options: AnalysisOptions = defaultAnalysisOptions, kinds?: readonly GapKind[]): Gap[] {
  const ctx = gapContext(ag, options);
  const wanted = kinds && kinds.length > 0 ? new Set(kinds) : null;
  return gapDetectors
    .filter((detector) => !wanted || detector.kinds.some((kind) => wanted.has(kind)))
    .flatMap((detector) => detector.find(ctx))
    .filter((g) => !wanted || wanted.has(g.kind))
    .sort(compareGaps);
}
