import type { RelationKind } from '@weefsel/graph-schema';
import type { AreaLayout } from './areas.gen';
import { pickWeighted, randomInt } from './prng';
import { drawTieDates } from './tie-dates';
import type { World } from './world';

/** A neighbourhood of municipality number m (not node number), or -1 when it has none. */
function neighbourhoodIn(world: World, layout: AreaLayout, m: number): number {
  const from = layout.neighbourhoodOffsets[m] ?? 0;
  const count = (layout.neighbourhoodOffsets[m + 1] ?? 0) - from;
  return count > 0 ? layout.neighbourhoodStart + from + randomInt(world.random, count) : -1;
}

function randomMunicipality(world: World, layout: AreaLayout): number {
  return layout.municipalityStart + pickWeighted(world.random, layout.municipalitySums);
}

/** A second place for an actor: active in a nearby area, or member of its care zone. */
function extraPlacement(world: World, layout: AreaLayout, node: number): [RelationKind, number] {
  const kind = world.kinds[node];
  if (kind === 'TransitionManager') return ['ACTIVE_IN', randomMunicipality(world, layout)];
  if (kind !== 'Project' && world.random() < 0.15) return ['MEMBER_OF', world.zoneOf[node] ?? 0];
  const municipality = world.municipalityOf[node] ?? layout.municipalityStart;
  const m = municipality - layout.municipalityStart;
  const own = world.neighbourhoodOf[node] ?? -1;
  const other = neighbourhoodIn(world, layout, m);
  if (other >= 0 && other !== own) return ['ACTIVE_IN', other];
  return ['ACTIVE_IN', own >= 0 ? municipality : randomMunicipality(world, layout)];
}

/**
 * Up to `count` extra structural relations (ACTIVE_IN, MEMBER_OF of a care zone) for randomly chosen
 * actors. Draws that repeat an existing relation are skipped, so fewer may be added.
 */
export function addExtraStructure(world: World, layout: AreaLayout, firstActor: number, count: number): void {
  const actors = world.ids.length - firstActor;
  if (actors <= 0) return;
  const target = world.sink.size + count;
  for (let attempt = 0; attempt < count * 3 && world.sink.size < target; attempt++) {
    const node = firstActor + randomInt(world.random, actors);
    const [kind, area] = extraPlacement(world, layout, node);
    if (area === world.municipalityOf[node] && (world.neighbourhoodOf[node] ?? -1) < 0) continue;
    const dates = drawTieDates(world, node, area);
    world.sink.add(kind, node, area, dates.since, dates.until);
  }
}
