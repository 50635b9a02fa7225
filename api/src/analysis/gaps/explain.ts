import { lifeDomains, targetGroups, type Label, type Language, type LifeDomain, type TargetGroup } from '@weefsel/graph-schema';

const shownNames = 5;
const words = {
  and: { nl: 'en', en: 'and' },
  others: { nl: 'andere', en: 'others' },
} as const;

/**
 * "A, B en C" / "A, B and C"; after five names "... en 3 andere" / "... and 3 others". A sixth name
 * is written out: "en 1 andere" would hide one name behind as many words.
 */
export function listOf(names: readonly string[], lang: Language): string {
  const shown = names.length <= shownNames + 1 ? names : names.slice(0, shownNames);
  const rest = names.length - shown.length;
  const items = rest > 0 ? [...shown, `${rest} ${words.others[lang]}`] : shown;
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${words.and[lang]} ${items[items.length - 1]}`;
}

export function domainList(domains: readonly LifeDomain[], lang: Language): string {
  return listOf(domains.map((d) => lifeDomains[d][lang]), lang);
}

export function targetGroupList(groups: readonly TargetGroup[], lang: Language): string {
  return listOf(groups.map((g) => targetGroups[g][lang]), lang);
}

/** Builds the Dutch and English explanation from one template function. */
export function bilingual(text: (lang: Language) => string): Label {
  return { nl: text('nl'), en: text('en') };
}

/** Picks the Dutch or English word. */
export function say(lang: Language, nl: string, en: string): string {
  return lang === 'nl' ? nl : en;
}
