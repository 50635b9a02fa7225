import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lifeDomainNames, nodeKindNames, relationKindNames, targetGroupNames } from '@weefsel/graph-schema';
import { GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../config';
import { buildWeefselSchema } from './build-schema';

describe('schema.graphql', () => {
  it('is committed as generated: run npm run schema:emit after changing the API', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'weefsel-schema-'));
    try {
      await buildWeefselSchema(path.join(dir, 'schema.graphql'));
      const fresh = await readFile(path.join(dir, 'schema.graphql'), 'utf8');
      const committed = await readFile(path.join(repoRoot, 'api', 'schema.graphql'), 'utf8');
      expect(committed).toBe(fresh);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('derives its enums from graph-schema', async () => {
    const schema = await buildWeefselSchema();
    const values = (name: string) => {
      const type = schema.getType(name);
      if (!(type instanceof GraphQLEnumType)) throw new Error(`${name} is not an enum in the schema`);
      return type.getValues().map((v) => v.name);
    };
    expect(values('NodeKind')).toEqual(nodeKindNames);
    expect(values('RelationKind')).toEqual(relationKindNames);
    expect(values('LifeDomain')).toEqual(lifeDomainNames);
    expect(values('TargetGroup')).toEqual(targetGroupNames);
  });
});
