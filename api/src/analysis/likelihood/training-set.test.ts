import { describe, expect, it } from 'vitest';
import { buildAnalysisGraph } from '../analysis-graph';
import { actor, relation } from '../fixtures/classic-graphs';
import { grownTies } from '../fixtures/grown-ties';
import { recommendContext } from '../recommend/recommend-context';
import { seededRandom } from '../rng';
import { trainingSplits } from './training-set';

/**
 * 120 organisations tied year by year from 2014 to 2022, and one project founded on 1 March 2021
 * whose ten ties carry no date of their own: it was tied from its first day.
 */
function network() {
  const random = seededRandom(3);
  const n = 120;
  const ids = Array.from({ length: n }, (_, i) => `o${String(i).padStart(3, '0')}`);
  const { ties, add } = grownTies(n);
  for (let year = 2014; year <= 2022; year++) {
    for (let added = 0; added < 40; ) if (add(Math.floor(random() * n), Math.floor(random() * n), year)) added++;
  }
  const relations = ties.map(({ a, b, year }, k) => relation(ids[a]!, ids[b]!, { id: `r${String(k).padStart(4, '0')}`, since: `${year}-06-01` }));
  for (let k = 0; k < 10; k++) relations.push(relation('prj-new', ids[k * 7]!, { id: `s${k}` }));
  const nodes = [...ids.map((id) => actor(id)), actor('prj-new', { kind: 'Project', since: '2021-03-01' })];
  return recommendContext(buildAnalysisGraph({ areaId: null, areaKind: null, asOf: null, nodes, relations }));
}

describe('trainingSplits', () => {
  const ctx = network();
  const project = ctx.ag.adjacency.indexOf.get('prj-new')!;

  it('dates an undated tie from the day its actor began', () => {
    const starts = ctx.ag.ties.filter((tie) => tie.source === project || tie.target === project).map((tie) => tie.start);
    expect(starts).toHaveLength(10);
    expect(new Set(starts)).toEqual(new Set(['2021-03-01']));
  });

  it('never shows an actor tied in a snapshot taken before it existed', () => {
    const dated = trainingSplits(ctx, 1).filter((split) => split.how === 'dated');
    expect(dated.length).toBeGreaterThanOrEqual(2);
    for (const split of dated) {
      const before = (split.cut as string) <= '2021-03-01';
      expect({ cut: split.cut, tied: split.inner.degree(project) > 0 }).toEqual({ cut: split.cut, tied: !before });
    }
  });
});
