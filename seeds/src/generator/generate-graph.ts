import type { GraphDocument } from '@weefsel/graph-schema';
import { generateActors } from './actors.gen';
import { generateAreas } from './areas.gen';
import { resolveOptions, type GenerateOptions } from './generate-options';
import { mulberry32 } from './prng';
import { ScopePools } from './scope-pools';
import { addExtraStructure } from './structure.gen';
import { TieMaker, addCollaboration, addProjectLeads } from './ties.gen';
import { createWorld } from './world';

export type { GenerateOptions } from './generate-options';

/** Share of the relations left after placement that become extra structural ones (ACTIVE_IN...). */
const extraStructureShare = 0.06;

/**
 * A synthetic network of any size, Flanders-scale by default (60 care zones, 300 municipalities,
 * 50,000 actors, 250,000 relations). Deterministic: one seeded generator drives every draw, in a
 * fixed order, so the same seed and options give byte-identical JSON. Actor and relation counts
 * are met exactly; impossible sizes throw a ValidationError naming the option.
 */
export function generateGraph(options: GenerateOptions): GraphDocument {
  const resolved = resolveOptions(options);
  const world = createWorld(resolved, mulberry32(resolved.seed));
  const layout = generateAreas(world);
  generateActors(world, layout);
  const firstActor = layout.neighbourhoodStart + resolved.neighbourhoods;
  const pools = new ScopePools(world);
  const ties = new TieMaker(world, pools);
  addProjectLeads(world, pools, ties, resolved.relations - world.sink.size);
  const room = resolved.relations - world.sink.size;
  addExtraStructure(world, layout, firstActor, Math.round(room * extraStructureShare));
  addCollaboration(world, pools, ties, resolved.relations);
  return { actors: world.actors, relations: world.sink.relations };
}
