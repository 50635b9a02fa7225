import type { Label } from './labels';

/**
 * The names of a scope's key figures, as the changes view and the area report show them; the keys
 * are the analysis' metric names.
 */
export const scopeMetricLabels = {
  actorCount: { nl: 'Actoren', en: 'Actors' },
  tieCount: { nl: 'Banden tussen actoren', en: 'Ties between actors' },
  // A pair may have several relations (a partnership and a funding); equal counts say each has one.
  relationCount: { nl: 'Relaties binnen die banden', en: 'Relations within those ties' },
  density: { nl: 'Dichtheid', en: 'Density' },
  isolatedCount: { nl: 'Geïsoleerde actoren', en: 'Isolated actors' },
  componentCount: { nl: 'Losse groepen', en: 'Separate groups' },
  largestComponentSize: { nl: 'Grootste groep', en: 'Largest group' },
  averageClustering: { nl: 'Gemiddelde clustering', en: 'Average clustering' },
  averagePathLength: { nl: 'Gemiddelde padlengte', en: 'Average path length' },
  largestComponentAveragePathLength: { nl: 'Padlengte in de grootste groep', en: 'Path length in the largest group' },
  modularity: { nl: 'Modulariteit', en: 'Modularity' },
  communityCount: { nl: 'Gemeenschappen', en: 'Communities' },
  articulationPointCount: { nl: 'Kwetsbare knooppunten', en: 'Single points of failure' },
  bridgeCount: { nl: 'Enige verbindingen', en: 'Only links between groups' },
  boundaryCount: { nl: 'Partners buiten het gebied', en: 'Partners outside the area' },
  sampleSize: { nl: 'Steekproefgrootte', en: 'Sample size' },
} as const satisfies Record<string, Label>;

export type ScopeMetricName = keyof typeof scopeMetricLabels;
