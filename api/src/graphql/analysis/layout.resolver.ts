import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { ScopeInput } from '../network/scope.input';
import { ActorPositionInput } from './layout.type';

@Resolver()
export class LayoutResolver {
  @Authorized('editor')
  @Mutation(() => Boolean, {
    description:
      "Keeps where actors are drawn in a scope, so every user sees the same picture (after a layout in the browser, or a drag with pinned: true); replace: true drops the scope's other kept positions",
  })
  async saveLayout(
    @Ctx() ctx: GraphQLContext,
    @Arg('scope', () => ScopeInput, { nullable: true }) scope: ScopeInput | null,
    @Arg('positions', () => [ActorPositionInput]) positions: ActorPositionInput[],
    @Arg('replace', () => Boolean, { defaultValue: false }) replace: boolean,
  ): Promise<boolean> {
    await ctx.services.analysis.saveLayout(scope ?? {}, positions, replace);
    return true;
  }

  @Authorized('editor')
  @Mutation(() => Boolean, { description: 'Forgets the kept picture of a scope; the next layout starts afresh' })
  async resetLayout(@Ctx() ctx: GraphQLContext, @Arg('scope', () => ScopeInput, { nullable: true }) scope: ScopeInput | null): Promise<boolean> {
    await ctx.services.analysis.resetLayout(scope ?? {});
    return true;
  }
}
