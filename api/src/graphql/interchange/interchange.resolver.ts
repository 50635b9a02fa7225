import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { ImportSummaryType } from './import-summary.type';

@Resolver()
export class InterchangeResolver {
  @Authorized('editor')
  @Mutation(() => ImportSummaryType, {
    description: 'Upserts an interchange document { actors, relations }: all or nothing',
  })
  importGraph(@Ctx() ctx: GraphQLContext, @Arg('data', () => GraphQLJSONObject) data: Record<string, unknown>) {
    return ctx.services.interchange.importDocument(data, {}, ctx.auth.author);
  }

  // Editors only: the export holds every personal field, which viewers may not see.
  @Authorized('editor')
  @Query(() => GraphQLJSONObject, { description: 'The whole graph in the interchange format (editors and admins)' })
  exportGraph(@Ctx() ctx: GraphQLContext) {
    return ctx.services.interchange.exportDocument();
  }
}
