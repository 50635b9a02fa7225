import { Kind, parse, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWeefselSchema } from '../build-schema';
import { operationCost, unboundedListSize } from './query-cost';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildWeefselSchema();
});

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operationCost(schema, document, operation!, variables);
}

describe('operationCost', () => {
  it('counts each field once per item, a page by its limit (literal, variable or default)', () => {
    // actors + total + items + 10 x (id, name)
    expect(cost('{ actors(limit: 10) { total items { id name } } }')).toBe(1 + 1 + 1 + 20);
    expect(cost('query ($n: Int!) { actors(limit: $n) { items { id } } }', { n: 3 })).toBe(1 + 1 + 3);
    expect(cost('{ actors { items { id } } }')).toBe(1 + 1 + 50);
  });

  it('counts a list nothing bounds as the largest page', () => {
    expect(unboundedListSize).toBe(500);
    expect(cost('{ network { nodes { id } } }')).toBe(1 + 1 + 500);
  });

  it('multiplies a list read per item (an actor relations) but not a slice of one answer', () => {
    expect(cost('{ network { nodes { id relations { id } } } }')).toBe(1 + 1 + 500 + 500 + 500 * 500);
    expect(cost('{ domainMatrix { cells { relations { id } } } }')).toBe(1 + 1 + 500 + 500);
  });

  it('counts aliases and fragments like the fields they stand for', () => {
    const one = cost('{ network { nodes { id } } }');
    expect(cost('{ a: network { nodes { id } } b: network { nodes { id } } }')).toBe(2 * one);
    expect(cost('{ network { ...N } } fragment N on Network { nodes { id } }')).toBe(one);
  });

  it('counts a fragment spread twice at one level once, as GraphQL merges it (no exponential walk)', () => {
    const chain = Array.from({ length: 60 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ');
    expect(cost(`{ ...F0 } ${chain} fragment F60 on Query { me { id } }`)).toBe(2);
  });
});
