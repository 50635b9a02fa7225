import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { Public } from './auth-checker';
import { UserType } from './user.type';

@Resolver()
export class AuthResolver {
  @Public()
  @Query(() => UserType, { nullable: true, description: 'The logged-in user; null when not logged in' })
  me(@Ctx() ctx: GraphQLContext) {
    return ctx.auth.user;
  }

  @Public()
  @Mutation(() => UserType, { description: 'Checks name and password and sets the session cookie (httpOnly, SameSite=Strict)' })
  async login(@Ctx() ctx: GraphQLContext, @Arg('name', () => String) name: string, @Arg('password', () => String) password: string) {
    const session = await ctx.services.auth.login(name, password, ctx.http?.clientKey ?? 'local');
    ctx.http?.setSession(session);
    return session.user;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends this session on the server (copies of its cookie too) and clears the session cookie' })
  async logout(@Ctx() ctx: GraphQLContext) {
    const { user, sessionId } = ctx.auth;
    if (user && sessionId) await ctx.services.auth.endSession(user.id, sessionId);
    ctx.http?.clearSession();
    return true;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends all your sessions, on every device, and clears the session cookie here' })
  async logoutEverywhere(@Ctx() ctx: GraphQLContext) {
    await ctx.services.auth.endSessions(ctx.auth.user!.id);
    ctx.http?.clearSession();
    return true;
  }

  @Authorized()
  @Mutation(() => UserType, { description: 'Changes your own password; other sessions of yours end' })
  async changePassword(
    @Ctx() ctx: GraphQLContext,
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
  ) {
    const user = await ctx.services.users.changeOwnPassword(ctx.auth.user!.id, currentPassword, newPassword, ctx.auth.author);
    const session = await ctx.services.auth.sessionFor(user.id);
    if (session) ctx.http?.setSession(session);
    return user;
  }
}
