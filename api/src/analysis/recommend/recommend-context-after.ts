import type { AnalysisGraph } from '../analysis-graph';
import { changesSince } from '../analysis-graph-after';
import { recommendContext, type RecommendContext } from './recommend-context';

/**
 * The recommendation context of `ag`: the same as `recommendContext(ag)` gives, reusing from
 * `stale` what the writes between its graph and `ag` cannot have changed (when `ag` was made from
 * it by `analysisGraphAfter`): the whole network when they touched only records; the areas and
 * their members when they changed ties. With the records the writes touched (null: unknown).
 */
export function recommendContextAfter(stale: RecommendContext, ag: AnalysisGraph): { context: RecommendContext; touched: number | null } {
  const since = changesSince(ag, stale.ag);
  if (since === null || since.reach === 'everything') return { context: recommendContext(ag, null, stale.communitySeed), touched: since?.touched ?? null };
  return { context: recommendContext(ag, { from: stale, network: since.reach === 'records' }), touched: since.touched };
}
