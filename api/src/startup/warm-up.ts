import { performance } from 'node:perf_hooks';
import type { Logger } from '../logger';
import type { Services } from '../services/services';
import { analysisGraphKey } from '../services/analysis/cached-analysis-graph';
import { readDay } from '../services/time/read-day';

/**
 * Reads, in the background once the server listens, what the first page after login asks for:
 * the region's overview of areas, whose region graph takes seconds to read at 50,000 actors and is
 * then kept (and patched after writes) for every analysis; then the region's recommendation
 * context with its fitted model (about two seconds more at that size), which the first actor's
 * panel would otherwise wait for. A request for the same answer waits for this reading rather than
 * starting its own. A failure is logged, and the first request computes it as before; so is a
 * region too large to be kept.
 */
export async function warmUp(services: Services, log: Logger): Promise<void> {
  const start = performance.now();
  try {
    const day = readDay('warmUp', { asOf: null, history: false }, services.today);
    await services.overview.areaOverview({}, day);
    log.info('read the region for its overview in the background', { ms: Math.round(performance.now() - start) });
    const refused = services.cache.lastRefused;
    if (refused?.key === analysisGraphKey(services.cache, {}, day)) {
      log.warn('the region is larger than the cache keeps, so it is read again after every write (seconds each); set WEEFSEL_CACHE_ELEMENTS to at least twice its size', {
        elements: refused.size,
        kept: refused.max,
        atLeast: 2 * refused.size,
      });
      // Nothing prepared now would be kept for the first recommendation.
      return;
    }
    const prepared = performance.now();
    await services.recommend.prepareRegion(day);
    log.info('prepared the region for partner recommendations in the background', { ms: Math.round(performance.now() - prepared) });
  } catch (error) {
    log.warn('reading the region in the background failed; the first request for it reads it', { error: error instanceof Error ? error.message : String(error) });
  }
}
