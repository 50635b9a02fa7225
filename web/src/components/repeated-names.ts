/**
 * Names that more than one of the items carries, compared as people read them (case and accents
 * aside): two organisations both called "TELLU AS" are told apart by their ids beside them.
 */
export function repeatedNames(items: readonly { name: string }[]): Set<string> {
  const key = (name: string) => name.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl').trim();
  const counts = new Map<string, number>();
  for (const { name } of items) counts.set(key(name), (counts.get(key(name)) ?? 0) + 1);
  return new Set(items.filter(({ name }) => (counts.get(key(name)) ?? 0) > 1).map(({ name }) => name));
}
