import type { Role } from '@weefsel/graph-schema';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { roleNames, roles } from '@weefsel/graph-schema';

export const RoleEnum = Object.fromEntries(roleNames.map((r) => [r, r])) as Record<Role, Role>;
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a user may do: viewer < editor < admin (graph-schema roles)',
  valuesConfig: Object.fromEntries(roleNames.map((r) => [r, { description: `${roles[r].label.en}: ${roles[r].description.en}` }])),
});

@ObjectType('User', { description: 'A user of Weefsel; the password never leaves the server' })
export class UserType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => RoleEnum) role!: Role;
}

@ObjectType('UserRecord', { description: 'A user as admins see it' })
export class UserRecordType extends UserType {
  @Field(() => String) createdAt!: string;
  @Field(() => String) updatedAt!: string;
}

@ObjectType('CreatedUser')
export class CreatedUserType {
  @Field(() => UserRecordType) user!: UserRecordType;
  @Field(() => String, { nullable: true, description: 'The generated password, shown this once; null when one was given' })
  password!: string | null;
}

@InputType('NewUserInput')
export class NewUserInput {
  @Field(() => String, { description: '3-64 lower-case letters, digits and . _ @ -' }) name!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => String, { nullable: true, description: '12 characters or more; absent: one is generated' })
  password?: string | null;
}

@InputType('UserChangesInput')
export class UserChangesInput {
  @Field(() => RoleEnum, { nullable: true }) role?: Role | null;
  @Field(() => String, { nullable: true }) password?: string | null;
}
