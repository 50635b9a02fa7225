import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { CreatedUserType, NewUserInput, UserChangesInput, UserRecordType } from '../auth/user.type';
import { AuditFilterInput, AuditPageType, ErasureSummaryType } from './audit.type';

/** Users, the audit trail and erasure: admins only. */
@Resolver()
export class AdminResolver {
  @Authorized('admin')
  @Query(() => [UserRecordType], { description: 'Every user, by name' })
  users(@Ctx() ctx: GraphQLContext) {
    return ctx.services.users.list();
  }

  @Authorized('admin')
  @Mutation(() => CreatedUserType)
  createUser(@Ctx() ctx: GraphQLContext, @Arg('input', () => NewUserInput) input: NewUserInput) {
    return ctx.services.users.create(input.name, input.role, input.password ?? null, ctx.auth.author);
  }

  @Authorized('admin')
  @Mutation(() => UserRecordType, { description: 'Changes role and/or password; the last admin stays admin' })
  updateUser(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string, @Arg('changes', () => UserChangesInput) changes: UserChangesInput) {
    return ctx.services.users.update(id, changes, ctx.auth.author);
  }

  @Authorized('admin')
  @Mutation(() => Boolean, { description: 'false if there was no such user; the last admin cannot be deleted' })
  deleteUser(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string) {
    return ctx.services.users.delete(id, ctx.auth.author);
  }

  @Authorized('admin')
  @Query(() => AuditPageType, { description: 'Who changed what and when, newest first' })
  auditLog(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => AuditFilterInput, { nullable: true }) filter: AuditFilterInput | null,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit: number,
  ) {
    return ctx.services.audit.log(filter ?? {}, offset, limit);
  }

  @Authorized('admin')
  @Mutation(() => ErasureSummaryType, {
    description: 'GDPR erasure: deletes a person (transition manager) and its relations, and pseudonymises the audit trail',
  })
  erasePerson(@Ctx() ctx: GraphQLContext, @Arg('actorId', () => ID) actorId: string) {
    return ctx.services.audit.erasePerson(actorId, ctx.auth.author);
  }
}
