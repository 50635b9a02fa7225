import { fitFromJson, fitToJson } from '../../analysis/likelihood/fit-json';
import type { RecommendContext } from '../../analysis/recommend/recommend-context';
import type { GraphStore } from '../../store/graph-store';
import type { KeptModel } from '../../store/model-store';

/**
 * Writes since a kept fit after which it is fitted again: one record in a hundred ties, and at
 * least ten. The model learns how ties form from the whole history, which a few new records hardly
 * move; every feature it scores is read from the current network.
 */
export function refitAfter(ties: number): number {
  return Math.max(10, Math.floor(ties / 100));
}

/** Whether the kept fit was learned on this network, or on it a few writes ago (see `refitAfter`). */
async function stillFits(store: GraphStore, kept: KeptModel, ctx: RecommendContext, mark: string, asOf: string | null): Promise<boolean> {
  if (kept.mark === mark) return true;
  const changes = await store.regionChangesSince(kept.mark, asOf);
  return changes !== null && changes.actorIds.length + changes.relationIds.length <= refitAfter(ctx.ag.ties.length);
}

/**
 * Gives the region's context the fit every instance uses: the one kept in the store when it still
 * fits, else one fitted now and kept (unless another instance kept one meanwhile: then that one).
 * Fitting takes a second at 50,000 actors, so after a write the kept fit spares it. Without a
 * change mark (a store that cannot tell) the fit is this process's own.
 */
export async function withKeptFit(store: GraphStore, ctx: RecommendContext, key: string, mark: string | null, asOf: string | null): Promise<RecommendContext> {
  if (mark === null) {
    ctx.likelihoodFit();
    return ctx;
  }
  const kept = await store.readModel(key);
  const usable = kept && (await stillFits(store, kept, ctx, mark, asOf)) ? fitFromJson(kept.model) : null;
  if (usable) {
    ctx.setFit(usable);
    return ctx;
  }
  const fitted = ctx.likelihoodFit();
  const now = await store.keepModel({ key, mark, model: fitToJson(fitted) }, kept?.mark ?? null);
  if (now.mark !== mark) ctx.setFit(fitFromJson(now.model) ?? fitted);
  return ctx;
}
