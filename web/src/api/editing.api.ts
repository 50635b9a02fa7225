import { graphql } from '../gql';
import type { ActorInput, RelationInput, WebActorContactQuery, WebUpsertActorMutation } from '../gql/graphql';
import { GraphQLRequestError, execute } from './graphql-client';
import type { NetworkRelation } from './network.types';

const upsertActorMutation = graphql(`
  mutation WebUpsertActor($input: ActorInput!) {
    upsertActor(input: $input) { id kind name description formal domains targetGroups personalDataHidden since until }
  }
`);

const actorContactQuery = graphql(`
  query WebActorContact($id: ID!) {
    actor(id: $id) { contact { email phone website address person } }
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

export type StoredContact = NonNullable<NonNullable<WebActorContactQuery['actor']>['contact']>;

/** The stored contact of an actor, so the edit form shows it and saving does not erase it. */
export async function fetchActorContact(id: string, signal?: AbortSignal): Promise<StoredContact | null> {
  return (await execute(actorContactQuery, { id }, { signal })).actor?.contact ?? null;
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

/** One field problem: where (`path`), and what as a graph-schema problem code with params. */
export interface FieldIssue {
  path: string;
  code: string;
  params?: Record<string, unknown> | null;
}

/**
 * The field problems of a rejected write (BAD_USER_INPUT `extensions.issues`); empty when the error is
 * of another sort. An issue without a code (an older API) counts as `invalid`, so it still shows at its field.
 */
export function fieldIssuesOf(error: unknown): FieldIssue[] {
  if (!(error instanceof GraphQLRequestError)) return [];
  return error.errors.flatMap((each) => {
    if (each.extensions?.code !== 'BAD_USER_INPUT') return [];
    const issues = each.extensions.issues;
    if (!Array.isArray(issues)) return [];
    return issues.flatMap((issue: unknown) => {
      if (typeof issue !== 'object' || issue === null) return [];
      const { path, code, params } = issue as Record<string, unknown>;
      if (typeof path !== 'string') return [];
      return [{ path, code: typeof code === 'string' ? code : 'invalid', params: typeof params === 'object' ? (params as Record<string, unknown> | null) : null }];
    });
  });
}
