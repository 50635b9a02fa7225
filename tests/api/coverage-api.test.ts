import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeKind, RelationKind } from '@weefsel/graph-schema';
import { gql, startTestApp, type TestApp } from '../support/test-app';

/** areaCoverage over real HTTP on the demo seeds, and the area arguments of the recommendations. */
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

interface Coverage {
  area: { id: string; name: string };
  asOf: string | null;
  actorCount: number;
  domains: { value: string; actorCount: number }[];
  missingDomains: string[];
  missingTargetGroups: string[];
}

const coverageQuery = `query ($id: ID!, $asOf: Date) {
  areaCoverage(areaId: $id, asOf: $asOf) { area { id name } asOf actorCount domains { value actorCount } missingDomains missingTargetGroups }
}`;

describe('areaCoverage', () => {
  it("answers what Kristus-Koning's own actors cover on a day: education (its school), not housing", async () => {
    const res = await gql<{ areaCoverage: Coverage }>(app.url, coverageQuery, { id: 'nbh-brugge-kristus-koning', asOf: '2024-01-01' }, { as: 'viewer' });
    expect(res.errors).toBeUndefined();
    const c = res.data?.areaCoverage as Coverage;
    expect(c.area).toEqual({ id: 'nbh-brugge-kristus-koning', name: 'Kristus-Koning' });
    expect(c.asOf).toBe('2024-01-01');
    expect(c.domains.find((d) => d.value === 'EDUCATION')?.actorCount).toBeGreaterThan(0);
    expect(c.missingDomains).toContain('HOUSING');
    expect(c.missingDomains).not.toContain('EDUCATION');
    expect(c.missingTargetGroups).not.toContain('CHILDREN_0_12');
  });

  it('counts fewer actors on a day before most of them were placed there', async () => {
    const early = await gql<{ areaCoverage: Coverage }>(app.url, coverageQuery, { id: 'nbh-brugge-kristus-koning', asOf: '2015-01-01' }, { as: 'viewer' });
    const later = await gql<{ areaCoverage: Coverage }>(app.url, coverageQuery, { id: 'nbh-brugge-kristus-koning', asOf: '2024-01-01' }, { as: 'viewer' });
    expect(early.data?.areaCoverage.actorCount).toBeLessThan(later.data?.areaCoverage.actorCount as number);
  });

  it('counts the actors of each domain as the domain matrix does, and a domain it lacks has ties there only through partners outside', async () => {
    for (const asOf of ['2024-01-01', null]) {
      const vars = { id: 'nbh-brugge-kristus-koning', asOf };
      const coverage = (await gql<{ areaCoverage: Coverage }>(app.url, coverageQuery, vars, { as: 'viewer' })).data!.areaCoverage;
      const matrixAnswer = await gql<{ domainMatrix: { actorCounts: { domain: string; actorCount: number; partnerCount: number }[]; cells: { a: string; b: string; tieCount: number }[] } }>(
        app.url,
        'query ($id: ID!, $asOf: Date) { domainMatrix(scope: { areaId: $id }, asOf: $asOf) { actorCounts { domain actorCount partnerCount } cells { a b tieCount } } }',
        vars,
        { as: 'viewer' },
      );
      expect(matrixAnswer.errors).toBeUndefined();
      const matrix = matrixAnswer.data!.domainMatrix;
      for (const { domain, actorCount, partnerCount } of matrix.actorCounts) {
        expect(actorCount, `${domain} on ${asOf}`).toBe(coverage.domains.find((d) => d.value === domain)?.actorCount ?? 0);
        expect(coverage.missingDomains.includes(domain), `${domain} on ${asOf}`).toBe(actorCount === 0);
        const ties = matrix.cells.filter((c) => c.a === domain || c.b === domain).reduce((n, c) => n + c.tieCount, 0);
        if (actorCount === 0 && partnerCount === 0) expect(ties, `${domain} on ${asOf}`).toBe(0);
      }
      // Housing is lacking here and still has ties in the matrix: through partners outside the area, which it counts.
      const housing = matrix.actorCounts.find((c) => c.domain === 'HOUSING')!;
      expect(coverage.missingDomains).toContain('HOUSING');
      expect(housing.partnerCount).toBeGreaterThan(0);
    }
  });

  it('rejects an id that is not an area, naming the argument', async () => {
    const res = await gql(app.url, coverageQuery, { id: 'org-buurtwerk-brugge' }, { as: 'viewer' });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors?.[0]?.extensions?.issues)).toContain('"path":"areaId"');
    const rec = await gql(app.url, '{ recommendPartners(actorId: "org-buurtwerk-brugge", areaId: "org-caw-nwvl") { score } }', {}, { as: 'viewer' });
    expect(JSON.stringify(rec.errors?.[0]?.extensions?.issues)).toContain('"path":"areaId"');
  });
});

describe('an area where no actor has its domains or target groups recorded', () => {
  // A neighbourhood of three organisations, tied to each other and to a demo partner that has domains.
  const area = 'nbh-unrecorded';
  const organisation: NodeKind = 'Organisation';
  const [located, partners]: RelationKind[] = ['LOCATED_IN', 'PARTNERS_WITH'];
  const neighbourhood: NodeKind = 'Neighbourhood';
  const members = ['org-unrecorded-a', 'org-unrecorded-b', 'org-unrecorded-c'];

  beforeAll(async () => {
    const partner = (await app.store.getActor('org-caw-nwvl'))!;
    expect(partner.domains.length).toBeGreaterThan(0);
    await app.store.importGraph({
      actors: [
        { id: area, kind: neighbourhood, name: 'Onbeschreven wijk' },
        ...members.map((id, i) => ({ id, kind: organisation, name: `Onbeschreven ${i + 1}` })),
      ],
      relations: [
        ...members.map((id) => ({ kind: located!, source: id, target: area })),
        { kind: partners!, source: members[0]!, target: members[1]! },
        { kind: partners!, source: members[1]!, target: partner.id },
      ],
    });
  });

  it('claims no lack in any view: coverage, gaps, domain matrix, suggestions and recommendations agree', async () => {
    const res = await gql<{
      areaCoverage: Coverage & { records: { actors: number; withoutDomains: number; withoutTargetGroups: number } };
      gaps: { gaps: { kind: string; severity: string; domains: string[]; targetGroups: string[]; explanation: { nl: string } }[] };
      domainMatrix: { actorCounts: { actorCount: number }[] };
      suggestCollaborations: { gap: { kind: string }; areaMissingDomains: string[]; areaMissingTargetGroups: string[] }[];
      recommendPartners: { areaMissingDomains: string[]; areaMissingTargetGroups: string[]; explanation: { nl: string } }[];
    }>(
      app.url,
      `query ($id: ID!, $actor: ID!) {
        areaCoverage(areaId: $id) { area { id name } asOf actorCount domains { value actorCount } missingDomains missingTargetGroups records { actors withoutDomains withoutTargetGroups } }
        gaps(scope: { areaId: $id }) { gaps { kind severity domains targetGroups explanation { nl } } }
        domainMatrix(scope: { areaId: $id }) { actorCounts { actorCount } }
        suggestCollaborations(neighbourhoodId: $id, limit: 20) { gap { kind } areaMissingDomains areaMissingTargetGroups }
        recommendPartners(actorId: $actor, areaId: $id, limit: 20) { areaMissingDomains areaMissingTargetGroups explanation { nl } }
      }`,
      { id: area, actor: members[0] },
      { as: 'viewer' },
    );
    expect(res.errors).toBeUndefined();
    const { areaCoverage, gaps, domainMatrix, suggestCollaborations, recommendPartners } = res.data!;
    expect(areaCoverage).toMatchObject({ missingDomains: [], missingTargetGroups: [], records: { actors: 3, withoutDomains: 3, withoutTargetGroups: 3 } });
    expect(domainMatrix.actorCounts.every((count) => count.actorCount === 0)).toBe(true);
    const lacks = gaps.gaps.filter((gap) => gap.kind === 'DOMAIN_ABSENT' || gap.kind === 'TARGET_GROUP_UNSERVED');
    expect(lacks).toHaveLength(2);
    for (const gap of lacks) {
      expect(gap).toMatchObject({ severity: 'LOW', domains: [], targetGroups: [] });
      expect(gap.explanation.nl).toMatch(/^Van geen enkele actor in Onbeschreven wijk zijn (levensdomeinen|doelgroepen) vastgelegd/);
    }
    expect(gaps.gaps.some((gap) => gap.kind === 'DOMAIN_PAIR_UNLINKED')).toBe(false);
    for (const pair of [...suggestCollaborations, ...recommendPartners]) expect(pair).toMatchObject({ areaMissingDomains: [], areaMissingTargetGroups: [] });
    expect(suggestCollaborations.filter((s) => s.gap.kind === 'DOMAIN_ABSENT' || s.gap.kind === 'TARGET_GROUP_UNSERVED')).toEqual([]);
    expect(recommendPartners.length).toBeGreaterThan(0);
    for (const r of recommendPartners) expect(r.explanation.nl).not.toContain('ontbreekt');
  });
});
