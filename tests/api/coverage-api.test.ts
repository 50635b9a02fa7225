import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
