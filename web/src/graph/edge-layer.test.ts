import { describe, expect, it } from 'vitest';
import { buildElements, type EdgeElementData } from './build-elements';
import { overviewElements, type OverviewTieData } from './area-overview';
import { strokeBatches } from './edge-layer';
import { overviewTieColor, overviewTieOpacity, relationKindColors, statusStyles } from './graph-style';
import { networkFixture } from './network.fixture';

function edgesOf(network = networkFixture()): EdgeElementData[] {
  return buildElements(network)
    .filter((element) => element.group === 'edges')
    .map((element) => element.data as EdgeElementData);
}

describe('strokeBatches', () => {
  it('draws every tie exactly once, structural ties first and in the structural look', () => {
    const edges = edgesOf();
    const batches = strokeBatches(edges, null);
    const drawn = batches.flatMap((batch) => batch.ends.map(([source, target]) => `${source}>${target}`));
    expect(drawn.sort()).toEqual(edges.map((edge) => `${edge.source}>${edge.target}`).sort());
    const first = batches[0];
    expect(first?.ends).toEqual([['org-caw', 'gem-oostende']]);
    expect(first?.dash.length).toBeGreaterThan(0);
  });

  it("draws the overview's bundles as the stylesheet does: as wide as their data says, in the overview's colour", () => {
    const overview = {
      areas: ['a', 'b', 'c'].map((id) => ({ id, name: id, kind: 'Municipality' as const, actors: 3 })),
      ties: [
        { source: 'a', target: 'b', ties: 40 },
        { source: 'a', target: 'c', ties: 1 },
      ],
    };
    const bundles = overviewElements(overview, (area) => area.name, () => 20).filter((element) => element.group === 'edges').map((element) => element.data as OverviewTieData);
    const batches = strokeBatches(bundles, null);
    expect(batches.map((batch) => [batch.width, batch.ends])).toEqual(bundles.map((bundle) => [bundle.width, [[bundle.source, bundle.target]]]).sort((x, y) => Number(x[0]) - Number(y[0])));
    expect(batches.every((batch) => batch.color === overviewTieColor && batch.alpha === overviewTieOpacity && batch.dash.length === 0)).toBe(true);
  });

  it('colours collaboration ties by relation kind, the same colours as the stylesheet and legend', () => {
    const batches = strokeBatches(edgesOf(), null);
    const partners = batches.find((batch) => batch.ends.some(([, target]) => target === 'bi-buren'));
    expect(partners?.color).toBe(relationKindColors.get('PARTNERS_WITH'));
    expect(partners?.dash).toEqual([]);
  });

  it('dashes planned ties and fades ended ones', () => {
    const network = networkFixture();
    network.relations = network.relations.map((relation, i) => ({ ...relation, status: i === 1 ? 'PLANNED' : i === 2 ? 'ENDED' : relation.status }));
    const batches = strokeBatches(edgesOf(network), null);
    const planned = batches.find((batch) => batch.ends.some(([, target]) => target === 'bi-buren'));
    const ended = batches.find((batch) => batch.ends.some(([, target]) => target === 'org-brugge'));
    expect(planned?.dash.length).toBeGreaterThan(0);
    expect(ended?.alpha).toBeLessThanOrEqual(statusStyles.ENDED.opacity);
  });

  it('draws emphasised ties last and bold, and dims the others', () => {
    const edges = edgesOf();
    const chosen = edges.find((edge) => edge.target === 'org-brugge');
    const batches = strokeBatches(edges, { edges: new Set([chosen?.id ?? '']) });
    const last = batches[batches.length - 1];
    expect(last?.ends).toEqual([['org-caw', 'org-brugge']]);
    expect(last?.alpha).toBe(1);
    for (const batch of batches.slice(0, -1)) {
      expect(batch.alpha).toBeLessThan(0.2);
      expect(batch.width).toBeLessThan(last?.width ?? 0);
    }
  });
});
