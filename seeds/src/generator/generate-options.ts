import { ValidationError, type ValidationIssue } from '@weefsel/graph-schema';

/** What to generate. Only `seed` is required; the defaults give a Flanders-scale network. */
export interface GenerateOptions {
  /** Same seed and options give byte-identical output. */
  seed: number;
  /** Default: municipalities / 5, at most 60 (Flanders has about 60 eerstelijnszones). */
  careZones?: number;
  /** Default: 300 for 50,000 actors, scaled down with `actors`, at least 1. */
  municipalities?: number;
  /** All nodes, areas included. Default 50,000. */
  actors?: number;
  /** All relations, structural ones included. Default 250,000 (5 per actor). */
  relations?: number;
  /** First year of the relation dates. Default 2019. */
  startYear?: number;
  /** Last year of the relation dates. Default 2026. */
  endYear?: number;
}

export type ResolvedOptions = Required<GenerateOptions> & { neighbourhoods: number };

export const flandersScale = { careZones: 60, municipalities: 300, actors: 50_000, relationsPerActor: 5 } as const;

/** Share of the non-area actors that become neighbourhoods (about 2,500 for Flanders scale). */
const neighbourhoodShare = 0.05;

function wholeNumber(issues: ValidationIssue[], path: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    issues.push({ path, message: `must be a whole number of at least ${min}, got ${value}` });
  }
}

function defaults(options: GenerateOptions): Required<GenerateOptions> {
  const actors = options.actors ?? flandersScale.actors;
  const scaled = Math.round((actors * flandersScale.municipalities) / flandersScale.actors);
  const municipalities = options.municipalities ?? Math.min(flandersScale.municipalities, Math.max(1, scaled));
  const zones = Math.round(municipalities / (flandersScale.municipalities / flandersScale.careZones));
  return {
    seed: options.seed,
    careZones: options.careZones ?? Math.min(flandersScale.careZones, Math.max(1, zones)),
    municipalities,
    actors,
    relations: options.relations ?? actors * flandersScale.relationsPerActor,
    startYear: options.startYear ?? 2019,
    endYear: options.endYear ?? 2026,
  };
}

/** Fills the defaults and rejects impossible sizes, naming the option and a fix. */
export function resolveOptions(options: GenerateOptions): ResolvedOptions {
  const o = defaults(options);
  const issues: ValidationIssue[] = [];
  if (!Number.isFinite(o.seed)) issues.push({ path: 'seed', message: `must be a finite number, got ${o.seed}` });
  wholeNumber(issues, 'careZones', o.careZones, 1);
  wholeNumber(issues, 'municipalities', o.municipalities, 1);
  wholeNumber(issues, 'actors', o.actors, 2);
  wholeNumber(issues, 'relations', o.relations, 0);
  wholeNumber(issues, 'startYear', o.startYear, 1900);
  wholeNumber(issues, 'endYear', o.endYear, 1900);
  if (o.municipalities < o.careZones) {
    issues.push({ path: 'municipalities', message: `must be at least careZones (${o.careZones}): every care zone needs a municipality; lower careZones` });
  }
  if (o.actors < o.careZones + o.municipalities) {
    issues.push({ path: 'actors', message: `must be at least careZones + municipalities (${o.careZones + o.municipalities}); ask for more actors or fewer areas` });
  }
  // Every node but a care zone sits somewhere (MEMBER_OF, PART_OF, LOCATED_IN or ACTIVE_IN).
  if (o.relations < o.actors - o.careZones) {
    issues.push({ path: 'relations', message: `must be at least actors - careZones (${o.actors - o.careZones}), the structural relations that place every node; ask for more relations or fewer actors` });
  }
  if (o.endYear < o.startYear) issues.push({ path: 'endYear', message: `must not be before startYear (${o.startYear})` });
  if (issues.length > 0) throw new ValidationError('generateGraph', issues);
  const rest = o.actors - o.careZones - o.municipalities;
  return { ...o, neighbourhoods: Math.round(rest * neighbourhoodShare) };
}
