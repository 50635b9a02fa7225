import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { auditOperations, type AuditOperation } from '../../store/user-audit-store';

export const AuditOperationEnum = Object.fromEntries(auditOperations.map((o) => [o, o])) as Record<AuditOperation, AuditOperation>;
registerEnumType(AuditOperationEnum, { name: 'AuditOperation', description: 'The write an audit entry records' });

@ObjectType('AuditEntry', { description: 'One write: who, when, what, and the record before and after' })
export class AuditEntryType {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'ISO 8601 timestamp' }) at!: string;
  @Field(() => ID, { nullable: true, description: 'null for command-line tools and the first start' }) userId!: string | null;
  @Field(() => String) userName!: string;
  @Field(() => AuditOperationEnum) operation!: AuditOperation;
  @Field(() => String, { description: 'actor, relation, graph, user or person' }) targetType!: string;
  @Field(() => ID, { nullable: true }) targetId!: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true }) before!: Record<string, unknown> | null;
  @Field(() => GraphQLJSONObject, { nullable: true }) after!: Record<string, unknown> | null;
}

@ObjectType('AuditPage')
export class AuditPageType {
  @Field(() => [AuditEntryType], { description: 'Newest first' }) items!: AuditEntryType[];
  @Field(() => Int) total!: number;
}

@InputType('AuditFilter', { description: 'Filters combine with AND' })
export class AuditFilterInput {
  @Field(() => ID, { nullable: true }) userId?: string;
  @Field(() => ID, { nullable: true, description: 'An actor, relation or user id' }) targetId?: string;
  @Field(() => [AuditOperationEnum], { nullable: true }) operations?: AuditOperation[];
  @Field(() => String, { nullable: true, description: 'From this ISO 8601 time on (inclusive)' }) since?: string;
  @Field(() => String, { nullable: true, description: 'Up to this ISO 8601 time (inclusive)' }) until?: string;
}

@ObjectType('ErasureSummary', { description: 'What erasing a person did' })
export class ErasureSummaryType {
  @Field(() => String, { description: 'Replaces the person in the audit trail' }) pseudonym!: string;
  @Field(() => Int) relationsDeleted!: number;
  @Field(() => Int) entriesPseudonymised!: number;
}
