import { graphql } from '../gql';
import type { ActorInput, RelationInput, WebUpsertActorMutation } from '../gql/graphql';
import { GraphQLRequestError, execute } from './graphql-client';
import type { NetworkRelation } from './network.types';

const upsertActorMutation = graphql(`
  mutation WebUpsertActor($input: ActorInput!) {
    upsertActor(input: $input) { id kind name description formal domains targetGroups personalDataHidden }
  }
`);

const deleteActorMutation = graphql(`
  mutation WebDeleteActor($id: ID!) { deleteActor(id: $id) }
`);

const upsertRelationMutation = graphql(`
  mutation WebUpsertRelation($input: RelationInput!) {
    upsertRelation(input: $input) { id kind source target since until weight status note }
  }
`);

const deleteRelationMutation = graphql(`
  mutation WebDeleteRelation($id: ID!) { deleteRelation(id: $id) }
`);

const exportGraphQuery = graphql(`
  query WebExportGraph { exportGraph }
`);

export type { ActorInput, RelationInput };

export type SavedActor = WebUpsertActorMutation['upsertActor'];

export async function saveActor(input: ActorInput): Promise<SavedActor> {
  return (await execute(upsertActorMutation, { input })).upsertActor;
}

export async function deleteActor(id: string): Promise<boolean> {
  return (await execute(deleteActorMutation, { id })).deleteActor;
}

export async function saveRelation(input: RelationInput): Promise<NetworkRelation> {
  return (await execute(upsertRelationMutation, { input })).upsertRelation;
}

export async function deleteRelation(id: string): Promise<boolean> {
  return (await execute(deleteRelationMutation, { id })).deleteRelation;
}

/** The whole graph in the interchange format (editors and admins only). */
export async function exportGraph(): Promise<Record<string, unknown>> {
  return (await execute(exportGraphQuery, {})).exportGraph;
}

/** One field problem the API reported (BAD_USER_INPUT `extensions.issues`). */
export interface FieldIssue {
  path: string;
  message: string;
}

/** The field problems of a rejected write; empty when the error is of another sort. */
export function fieldIssuesOf(error: unknown): FieldIssue[] {
  if (!(error instanceof GraphQLRequestError)) return [];
  return error.errors.flatMap((each) => {
    if (each.extensions?.code !== 'BAD_USER_INPUT') return [];
    const issues = each.extensions.issues;
    if (!Array.isArray(issues)) return [];
    return issues.filter(
      (issue): issue is FieldIssue => typeof issue === 'object' && issue !== null && typeof issue.path === 'string' && typeof issue.message === 'string',
    );
  });
}
