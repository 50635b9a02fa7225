import type { GraphDocument } from '@weefsel/graph-schema';
import { addAntwerpenKempen } from './antwerpen-kempen.seed';
import { addAreas } from './areas.seed';
import { addBrugge } from './brugge.seed';
import { addCoast } from './coast.seed';
import { GraphBuilder } from './graph-builder';
import { addOostende } from './oostende.seed';
import { addOtherExamples } from './other-examples.seed';
import { addPeople } from './people.seed';
import { addRegional } from './regional.seed';
import { addWesthoek } from './westhoek.seed';

/**
 * The demo network: Noord-West-Vlaanderen in detail plus the other examples of the seed documents
 * (Zoersel, Antwerpen, Dadizele, Genk). Its deliberate weaknesses are listed in seeds/README.md and
 * asserted in demo-graph.test.ts. A fresh document on every call, so callers may mutate it.
 * Ties whose last day is before `today` (default: today in Brussels) carry status ENDED.
 */
export function demoGraph(today?: string): GraphDocument {
  const b = new GraphBuilder(today);
  addAreas(b);
  addRegional(b);
  addBrugge(b);
  addOostende(b);
  addCoast(b);
  addWesthoek(b);
  addAntwerpenKempen(b);
  addOtherExamples(b);
  addPeople(b);
  return b.toDocument();
}
