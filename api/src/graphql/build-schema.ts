import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ActorResolver } from './actor/actor.resolver';
import { AnalysisResolver } from './analysis/analysis.resolver';
import { InterchangeResolver } from './interchange/interchange.resolver';
import { NetworkResolver } from './network/network.resolver';
import { RelationResolver } from './relation/relation.resolver';

export const resolvers = [ActorResolver, RelationResolver, NetworkResolver, InterchangeResolver, AnalysisResolver] as const;

/** Builds the executable schema; `emitTo` also writes it as SDL (the committed schema.graphql). */
export function buildWeefselSchema(emitTo?: string): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    // Input validation is graph-schema's job (in the store), so it is the same for every entry point.
    validate: false,
    emitSchemaFile: emitTo ? { path: emitTo, sortedSchema: true } : false,
  });
}
