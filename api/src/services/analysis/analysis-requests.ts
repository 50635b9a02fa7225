import { type Actor, tieKinds, ValidationError } from '@weefsel/graph-schema';

export const comparisonLimits = { maxScopes: 30 } as const;

/** Both ends of a path must be actors that can hold collaboration ties. */
export function checkPathEnds(found: readonly Actor[], from: string, to: string): void {
  const issues = (
    [
      ['from', from],
      ['to', to],
    ] as const
  ).flatMap(([path, id]) => {
    const actor = found.find((a) => a.id === id);
    if (!actor) return [{ path, message: `no actor has id ${JSON.stringify(id)}; look it up with search(text:)` }];
    if (!tieKinds.has(actor.kind)) {
      return [{ path, message: `${JSON.stringify(id)} is a ${actor.kind}, which holds no collaboration ties; pick one of ${[...tieKinds].join(', ')}` }];
    }
    return [];
  });
  if (issues.length > 0) throw new ValidationError('path', issues);
}
