import type { AnalysisGraph } from '../analysis-graph';
import { defaultAnalysisOptions, type AnalysisOptions } from '../analysis-options';
import { formalInformalGaps, isolationGaps } from './actor-gaps';
import { coverageGaps, domainPairGaps } from './coverage-gaps';
import { compareGaps, type Gap, type GapKind } from './gap';
import { gapContext } from './gap-context';
import { bridgeGaps, cutVertexGaps, fragmentationGaps } from './structure-gaps';

/**
 * Every weakness of the scope's network, most severe first. Boundary partners are never the subject
 * of a gap (their other ties lie outside the scope, so "isolated" or "no informal partner" would be
 * guesses), but they do count as partners and can be the broker a part of the scope hangs on.
 */
export function findGaps(ag: AnalysisGraph, options: AnalysisOptions = defaultAnalysisOptions, kinds?: readonly GapKind[]): Gap[] {
  const ctx = gapContext(ag, options);
  const finders = [isolationGaps, formalInformalGaps, cutVertexGaps, bridgeGaps, fragmentationGaps, coverageGaps, domainPairGaps];
  const wanted = kinds && kinds.length > 0 ? new Set(kinds) : null;
  return finders
    .flatMap((find) => find(ctx))
    .filter((g) => !wanted || wanted.has(g.kind))
    .sort(compareGaps);
}
