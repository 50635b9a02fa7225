import { fitFromJson, fitToJson } from '../../analysis/likelihood/fit-json';
import type { RecommendContext } from '../../analysis/recommend/recommend-context';
import type { GraphStore } from '../../store/graph-store';
import type { KeptModel } from '../../store/model-store';

/**
 * Writes since a kept fit after which it is fitted again: one record in a hundred ties, and at
 * least ten. The model learns how ties form from the whole history, which a few new records hardly
 * move; every feature it scores is read from the current network. The change log answers for at
 * most `maxPatchedIds` records and `changeLogLength` writes, so on a large region those bound it.
 */
export function refitAfter(ties: number): number {
  return Math.max(10, Math.floor(ties / 100));
}

/** The kept fit each context scores with: the mark it was learned on and the records written since. */
const fitAges = new WeakMap<RecommendContext, { mark: string; touched: number }>();

/**
 * Records written since the kept fit's mark: 0 for this very network, counted on from the context
 * this one was patched from when that used the same fit (no second read of the change log), else
 * read from the log; null when the log cannot tell.
 */
async function touchedSince(store: GraphStore, kept: KeptModel, mark: string, asOf: string | null, before: PatchedFrom | null): Promise<number | null> {
  if (kept.mark === mark) return 0;
  const age = before && fitAges.get(before.context);
  if (age && age.mark === kept.mark) return age.touched + before.touched;
  const changes = await store.regionChangesSince(kept.mark, asOf);
  return changes && changes.actorIds.length + changes.relationIds.length;
}

/** The context a patched one was made from, and the records the patch touched. */
export interface PatchedFrom {
  context: RecommendContext;
  touched: number;
}

/**
 * Gives the region's context the fit every instance uses: the one kept in the store when it still
 * fits (see `refitAfter`), else one fitted now and kept (unless another instance kept one
 * meanwhile: then that one). Fitting takes a second at 50,000 actors, so after a write the kept fit
 * spares it. Without a change mark (a store that cannot tell) the fit is this process's own.
 * `keptRead`: the kept fit, when the caller asked for it early (on Neo4j a round trip, which can
 * overlap the region's update).
 */
export async function withKeptFit(
  store: GraphStore,
  ctx: RecommendContext,
  key: string,
  mark: string | null,
  asOf: string | null,
  before: PatchedFrom | null = null,
  keptRead: Promise<KeptModel | null> = store.readModel(key),
): Promise<RecommendContext> {
  if (mark === null) {
    ctx.likelihoodFit();
    return ctx;
  }
  const kept = await keptRead;
  const touched = kept && (await touchedSince(store, kept, mark, asOf, before));
  const usable = kept && touched !== null && touched <= refitAfter(ctx.ag.ties.length) ? fitFromJson(kept.model) : null;
  if (kept && usable) {
    ctx.setFit(usable);
    fitAges.set(ctx, { mark: kept.mark, touched: touched ?? 0 });
    return ctx;
  }
  const fitted = ctx.likelihoodFit();
  const now = await store.keepModel({ key, mark, model: fitToJson(fitted) }, kept?.mark ?? null);
  if (now.mark !== mark) ctx.setFit(fitFromJson(now.model) ?? fitted);
  // Another instance's fit was learned on a network this process has not counted writes from.
  if (now.mark === mark) fitAges.set(ctx, { mark, touched: 0 });
  return ctx;
}
