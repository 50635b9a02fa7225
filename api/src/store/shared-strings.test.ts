import { demoGraph } from '@weefsel/seeds';
import { describe, expect, it } from 'vitest';
import { wholeSubgraph } from '../analysis/fixtures/demo-subgraph';
import { withSharedStrings } from './shared-strings';

describe('withSharedStrings', () => {
  it('keeps every value of every record of the demo region', () => {
    const read = wholeSubgraph(demoGraph());
    const copy = structuredClone(read);
    expect(read.relations.length).toBeGreaterThan(500);
    expect(withSharedStrings(read)).toEqual(copy);
  });
});
