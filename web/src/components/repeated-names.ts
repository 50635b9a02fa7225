import { foldText } from '@weefsel/graph-schema';

/**
 * Names that more than one of the items carries, compared as the search compares them (case and
 * accents aside): two organisations both called "TELLU AS" are told apart by their ids beside them.
 */
export function repeatedNames(items: readonly { name: string }[]): Set<string> {
  const counts = new Map<string, number>();
  for (const { name } of items) counts.set(foldText(name), (counts.get(foldText(name)) ?? 0) + 1);
  return new Set(items.filter(({ name }) => (counts.get(foldText(name)) ?? 0) > 1).map(({ name }) => name));
}
