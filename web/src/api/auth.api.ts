import type { Role } from '@weefsel/graph-schema';
import { graphqlRequest } from './graphql-client';

export interface SessionUser {
  id: string;
  name: string;
  role: Role;
}

const meQuery = /* GraphQL */ `query WebMe { me { id name role } }`;
const loginMutation = /* GraphQL */ `
  mutation WebLogin($name: String!, $password: String!) { login(name: $name, password: $password) { id name role } }
`;
const logoutMutation = /* GraphQL */ `mutation WebLogout { logout }`;
const logoutEverywhereMutation = /* GraphQL */ `mutation WebLogoutEverywhere { logoutEverywhere }`;

export async function fetchMe(signal?: AbortSignal): Promise<SessionUser | null> {
  return (await graphqlRequest<{ me: SessionUser | null }>(meQuery, {}, { signal })).me;
}

/** Sets the session cookie on success; a wrong password throws a GraphQLRequestError. */
export async function logIn(name: string, password: string): Promise<SessionUser> {
  const data = await graphqlRequest<{ login: SessionUser }, { name: string; password: string }>(
    loginMutation,
    { name, password },
    { quietOnUnauthenticated: true },
  );
  return data.login;
}

/** Ends this session on the server; `everywhere` ends every session of the user (other devices too). */
export async function logOut(everywhere = false): Promise<void> {
  if (everywhere) await graphqlRequest<{ logoutEverywhere: boolean }>(logoutEverywhereMutation, {});
  else await graphqlRequest<{ logout: boolean }>(logoutMutation, {});
}
