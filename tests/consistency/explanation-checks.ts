import { expect } from 'vitest';
import { coverageLacks, formalPartners, gapLacks, networkLacks, type Lacks, type Reason } from './explanation-routes';
import { partnersByEgo } from './routes';

/** "3 december 2026" / "3 December 2026", formatted here independently of the API. */
export function spokenDay(day: string, lang: 'nl' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-BE' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/**
 * What the area lacks on `day`, the same through every route: the coverage query, the area's own
 * actors in `network`, the gaps of the area, and the gaps of each of `aroundIds` (larger areas holding it).
 */
export async function expectLacksAgree(url: string, areaId: string, aroundIds: readonly string[], day: string | undefined): Promise<Lacks & { name: string }> {
  const where = `${areaId} on ${day ?? 'the default day'}`;
  const coverage = await coverageLacks(url, areaId, day);
  const routes: Record<string, Lacks> = { network: await networkLacks(url, areaId, day), gaps: await gapLacks(url, areaId, areaId, day) };
  for (const around of aroundIds) routes[`gaps of ${around}`] = await gapLacks(url, areaId, around, day);
  for (const [route, lacks] of Object.entries(routes)) {
    expect.soft(lacks.asOf, `${where}: the day ${route} speaks of`).toBe(coverage.asOf);
    expect.soft(lacks.domains, `${where}: missing domains, coverage vs ${route}`).toEqual(coverage.domains);
    expect.soft(lacks.targetGroups, `${where}: missing target groups, coverage vs ${route}`).toEqual(coverage.targetGroups);
  }
  return coverage;
}

const textClaimsALack = (text: string) => /ontbreekt|niemand bedient/.test(text);

/**
 * Every reason that claims a lack claims it for `areaId` on the coverage's day, names both, and
 * claims only what the coverage lists as missing and the candidate itself covers.
 */
export function expectReasonsTrue(reasons: readonly Reason[], areaId: string, coverage: Lacks & { name: string }, where: string): void {
  for (const r of reasons) {
    const at = `${where}: ${r.pair}`;
    expect.soft(r.asOf, `${at}: the day the reason speaks of`).toBe(coverage.asOf);
    const claims = r.areaMissingDomains.length + r.areaMissingTargetGroups.length > 0;
    if (!claims) {
      expect.soft(textClaimsALack(r.explanation.nl), `${at}: a lack in the text without a lack in the data: ${r.explanation.nl}`).toBe(false);
      continue;
    }
    expect.soft(r.area?.id, `${at}: the area the lack is claimed for`).toBe(areaId);
    expect.soft(r.areaMissingDomains.filter((d) => !coverage.domains.includes(d)), `${at}: claimed missing domains the coverage of ${areaId} has`).toEqual([]);
    expect.soft(r.areaMissingTargetGroups.filter((g) => !coverage.targetGroups.includes(g)), `${at}: claimed unserved target groups the coverage of ${areaId} serves`).toEqual([]);
    expect.soft(r.areaMissingDomains.filter((d) => !r.candidate.domains.includes(d)), `${at}: claimed domains the candidate does not bring`).toEqual([]);
    expect.soft(r.areaMissingTargetGroups.filter((g) => !r.candidate.targetGroups.includes(g)), `${at}: claimed groups the candidate does not serve`).toEqual([]);
    for (const lang of ['nl', 'en'] as const) {
      expect.soft(r.explanation[lang], `${at}: the ${lang} text names the area`).toContain(coverage.name);
      if (coverage.asOf) expect.soft(r.explanation[lang], `${at}: the ${lang} text names the day`).toContain(spokenDay(coverage.asOf, lang));
    }
  }
}

/** Reasons whose area the API chose: each claim is checked against the coverage of the area it names. */
export async function expectReasonsTrueWherever(url: string, reasons: readonly Reason[], day: string | undefined, where: string): Promise<void> {
  const byArea = new Map<string, Reason[]>();
  for (const r of reasons) {
    const claims = r.areaMissingDomains.length + r.areaMissingTargetGroups.length > 0;
    if (claims && !r.area) expect.soft(r.area, `${where}: ${r.pair} claims a lack without naming the area`).not.toBeNull();
    if (r.area) byArea.set(r.area.id, [...(byArea.get(r.area.id) ?? []), r]);
    else expect.soft(textClaimsALack(r.explanation.nl), `${where}: ${r.pair}: a lack in the text of no area: ${r.explanation.nl}`).toBe(false);
  }
  for (const [areaId, list] of byArea) expectReasonsTrue(list, areaId, await coverageLacks(url, areaId, day), where);
}

/**
 * "X has no collaboration tie yet": one end of every pair said to bring in an isolated actor has no
 * partner on that day, as its ego network (the actor panel's route) shows.
 */
export async function expectIsolationTrue(url: string, reasons: readonly Reason[], day: string | undefined, where: string): Promise<void> {
  for (const r of reasons.filter((x) => x.bridgingEffect === 'BRINGS_IN_ISOLATED')) {
    const partners = [(await partnersByEgo(url, r.subject, day)).length, (await partnersByEgo(url, r.candidate.id, day)).length];
    expect.soft(Math.min(...partners), `${where}: ${r.pair} is said to bring in an actor without ties; partners ${partners.join(' and ')}`).toBe(0);
  }
  // "It would be the informal initiative's first tie to formal care": its ego network that day has no formal partner.
  for (const r of reasons.filter((x) => x.formalInformalScore === 1)) {
    const ends = [await formalPartners(url, r.subject, day), await formalPartners(url, r.candidate.id, day)];
    const informal = ends.find((e) => !e.formal);
    expect.soft(informal?.formalPartners, `${where}: ${r.pair} is said to be an informal actor's first formal tie`).toBe(0);
  }
}

/** Every suggestion for an area says which area and day it speaks of, in both languages, claim or not. */
export function expectSuggestionsNamed(suggestions: readonly Reason[], coverage: Lacks & { name: string }, where: string): void {
  for (const r of suggestions) {
    for (const lang of ['nl', 'en'] as const) {
      expect.soft(r.explanation[lang], `${where}: ${r.pair}: the ${lang} text names the area`).toContain(coverage.name);
      if (coverage.asOf) expect.soft(r.explanation[lang], `${where}: ${r.pair}: the ${lang} text names the day`).toContain(spokenDay(coverage.asOf, lang));
    }
  }
}
