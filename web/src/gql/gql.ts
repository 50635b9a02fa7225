/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query WebNetwork($scope: ScopeInput, $asOf: Date) {\n    network(scope: $scope, asOf: $asOf) {\n      areaId areaKind asOf\n      nodes { id kind name description formal domains targetGroups personalDataHidden boundary }\n      relations { id kind source target since until weight }\n    }\n  }\n": typeof types.WebNetworkDocument,
    "\n  query WebActorsOfKinds($kinds: [NodeKind!], $limit: Int!) {\n    actors(filter: { kinds: $kinds }, limit: $limit) { items { id kind name } total }\n  }\n": typeof types.WebActorsOfKindsDocument,
    "\n  query WebSearch($text: String!, $limit: Int!) {\n    search(text: $text, limit: $limit) { id kind name }\n  }\n": typeof types.WebSearchDocument,
    "query WebMe { me { id name role } }": typeof types.WebMeDocument,
    "\n  mutation WebLogin($name: String!, $password: String!) { login(name: $name, password: $password) { id name role } }\n": typeof types.WebLoginDocument,
    "mutation WebLogout { logout }": typeof types.WebLogoutDocument,
};
const documents: Documents = {
    "\n  query WebNetwork($scope: ScopeInput, $asOf: Date) {\n    network(scope: $scope, asOf: $asOf) {\n      areaId areaKind asOf\n      nodes { id kind name description formal domains targetGroups personalDataHidden boundary }\n      relations { id kind source target since until weight }\n    }\n  }\n": types.WebNetworkDocument,
    "\n  query WebActorsOfKinds($kinds: [NodeKind!], $limit: Int!) {\n    actors(filter: { kinds: $kinds }, limit: $limit) { items { id kind name } total }\n  }\n": types.WebActorsOfKindsDocument,
    "\n  query WebSearch($text: String!, $limit: Int!) {\n    search(text: $text, limit: $limit) { id kind name }\n  }\n": types.WebSearchDocument,
    "query WebMe { me { id name role } }": types.WebMeDocument,
    "\n  mutation WebLogin($name: String!, $password: String!) { login(name: $name, password: $password) { id name role } }\n": types.WebLoginDocument,
    "mutation WebLogout { logout }": types.WebLogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebNetwork($scope: ScopeInput, $asOf: Date) {\n    network(scope: $scope, asOf: $asOf) {\n      areaId areaKind asOf\n      nodes { id kind name description formal domains targetGroups personalDataHidden boundary }\n      relations { id kind source target since until weight }\n    }\n  }\n"): typeof import('./graphql').WebNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebActorsOfKinds($kinds: [NodeKind!], $limit: Int!) {\n    actors(filter: { kinds: $kinds }, limit: $limit) { items { id kind name } total }\n  }\n"): typeof import('./graphql').WebActorsOfKindsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebSearch($text: String!, $limit: Int!) {\n    search(text: $text, limit: $limit) { id kind name }\n  }\n"): typeof import('./graphql').WebSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebMe { me { id name role } }"): typeof import('./graphql').WebMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebLogin($name: String!, $password: String!) { login(name: $name, password: $password) { id name role } }\n"): typeof import('./graphql').WebLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebLogout { logout }"): typeof import('./graphql').WebLogoutDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
