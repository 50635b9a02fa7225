/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Levensdomeinen (graph-schema lifeDomains) */
export type LifeDomain =
  /** zorg / care and health */
  | 'CARE'
  /** economie / economy */
  | 'ECONOMY'
  /** onderwijs / education */
  | 'EDUCATION'
  /** financiële weerbaarheid / financial resilience */
  | 'FINANCIAL_RESILIENCE'
  /** wonen / housing */
  | 'HOUSING'
  /** vrije tijd / leisure, culture and sport */
  | 'LEISURE'
  /** mobiliteit / mobility */
  | 'MOBILITY'
  /** veiligheid / safety */
  | 'SAFETY'
  /** ruimtelijke planning / spatial planning */
  | 'SPATIAL_PLANNING'
  /** welzijn / welfare */
  | 'WELFARE'
  /** werk / work */
  | 'WORK';

/** Kinds of actors and areas (graph-schema nodeKinds) */
export type NodeKind =
  /** Eerstelijnszone / Primary-care zone */
  | 'CareZone'
  /** Burgerinitiatief / Citizens' initiative */
  | 'CitizenInitiative'
  /** Gemeente / Municipality */
  | 'Municipality'
  /** Buurt / Neighbourhood */
  | 'Neighbourhood'
  /** Organisatie / Organisation */
  | 'Organisation'
  /** Project / Project */
  | 'Project'
  /** Transitiemanager / Transition manager */
  | 'TransitionManager';

/** Kinds of relations (graph-schema relationKinds) */
export type RelationKind =
  /** is actief in / is active in (structural) */
  | 'ACTIVE_IN'
  /** coacht / coaches (collaboration tie) */
  | 'COACHES'
  /** coördineert / coordinates (collaboration tie) */
  | 'COORDINATES'
  /** financiert / funds (collaboration tie) */
  | 'FUNDS'
  /** is penhouder van / is lead of (collaboration tie) */
  | 'LEAD_OF'
  /** is gelegen in / is located in (structural) */
  | 'LOCATED_IN'
  /** is lid van / is member of (structural) */
  | 'MEMBER_OF'
  /** werkt samen met / partners with (collaboration tie, undirected) */
  | 'PARTNERS_WITH'
  /** maakt deel uit van / is part of (structural) */
  | 'PART_OF'
  /** verwijst door naar / refers to (collaboration tie) */
  | 'REFERS_TO';

/** What a user may do: viewer < editor < admin (graph-schema roles) */
export type Role =
  /** Administrator: manages users, reads the audit trail and erases people */
  | 'admin'
  /** Editor: edits the network and sees personal data */
  | 'editor'
  /** Viewer: reads the network, without personal data */
  | 'viewer';

/** The whole graph (no areaId), or a care zone, municipality or neighbourhood */
export type ScopeInput = {
  areaId?: string | number | null | undefined;
};

/** Doelgroepen (graph-schema targetGroups) */
export type TargetGroup =
  /** kinderen 0-12 / children 0-12 */
  | 'CHILDREN_0_12'
  /** chronisch zieken / chronically ill people */
  | 'CHRONICALLY_ILL'
  /** personen met een handicap / people with a disability */
  | 'DISABILITY'
  /** mantelzorgers / family carers */
  | 'FAMILY_CARERS'
  /** nieuwkomers / newcomers */
  | 'NEWCOMERS'
  /** alleenwonende ouderen / older people living alone */
  | 'OLDER_PEOPLE_ALONE'
  /** mensen in armoede / people in poverty */
  | 'POVERTY'
  /** landbouwers in een kwetsbare situatie / farmers in a vulnerable situation */
  | 'VULNERABLE_FARMERS'
  /** jongvolwassenen 18-25 / young adults 18-25 */
  | 'YOUNG_ADULTS_18_25'
  /** gezinnen met jonge kinderen / families with young children */
  | 'YOUNG_FAMILIES'
  /** jongeren 12-18 / youth 12-18 */
  | 'YOUTH_12_18'
  /** jongeren met gedrags- of emotionele problemen / young people with behavioural or emotional problems */
  | 'YOUTH_BEHAVIOURAL';

export type WebNetworkQueryVariables = Exact<{
  scope?: ScopeInput | null | undefined;
  asOf?: string | null | undefined;
}>;


export type WebNetworkQuery = { network: { areaId: string | null, areaKind: NodeKind | null, asOf: string | null, nodes: Array<{ id: string, kind: NodeKind, name: string, description: string | null, formal: boolean, domains: Array<LifeDomain>, targetGroups: Array<TargetGroup>, personalDataHidden: boolean, boundary: boolean }>, relations: Array<{ id: string, kind: RelationKind, source: string, target: string, since: string | null, until: string | null, weight: number | null }> } };

export type WebActorsOfKindsQueryVariables = Exact<{
  kinds?: Array<NodeKind> | NodeKind | null | undefined;
  limit: number;
}>;


export type WebActorsOfKindsQuery = { actors: { total: number, items: Array<{ id: string, kind: NodeKind, name: string }> } };

export type WebSearchQueryVariables = Exact<{
  text: string;
  limit: number;
}>;


export type WebSearchQuery = { search: Array<{ id: string, kind: NodeKind, name: string }> };

export type WebMeQueryVariables = Exact<{ [key: string]: never; }>;


export type WebMeQuery = { me: { id: string, name: string, role: Role } | null };

export type WebLoginMutationVariables = Exact<{
  name: string;
  password: string;
}>;


export type WebLoginMutation = { login: { id: string, name: string, role: Role } };

export type WebLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type WebLogoutMutation = { logout: boolean };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const WebNetworkDocument = new TypedDocumentString(`
    query WebNetwork($scope: ScopeInput, $asOf: Date) {
  network(scope: $scope, asOf: $asOf) {
    areaId
    areaKind
    asOf
    nodes {
      id
      kind
      name
      description
      formal
      domains
      targetGroups
      personalDataHidden
      boundary
    }
    relations {
      id
      kind
      source
      target
      since
      until
      weight
    }
  }
}
    `) as unknown as TypedDocumentString<WebNetworkQuery, WebNetworkQueryVariables>;
export const WebActorsOfKindsDocument = new TypedDocumentString(`
    query WebActorsOfKinds($kinds: [NodeKind!], $limit: Int!) {
  actors(filter: {kinds: $kinds}, limit: $limit) {
    items {
      id
      kind
      name
    }
    total
  }
}
    `) as unknown as TypedDocumentString<WebActorsOfKindsQuery, WebActorsOfKindsQueryVariables>;
export const WebSearchDocument = new TypedDocumentString(`
    query WebSearch($text: String!, $limit: Int!) {
  search(text: $text, limit: $limit) {
    id
    kind
    name
  }
}
    `) as unknown as TypedDocumentString<WebSearchQuery, WebSearchQueryVariables>;
export const WebMeDocument = new TypedDocumentString(`
    query WebMe {
  me {
    id
    name
    role
  }
}
    `) as unknown as TypedDocumentString<WebMeQuery, WebMeQueryVariables>;
export const WebLoginDocument = new TypedDocumentString(`
    mutation WebLogin($name: String!, $password: String!) {
  login(name: $name, password: $password) {
    id
    name
    role
  }
}
    `) as unknown as TypedDocumentString<WebLoginMutation, WebLoginMutationVariables>;
export const WebLogoutDocument = new TypedDocumentString(`
    mutation WebLogout {
  logout
}
    `) as unknown as TypedDocumentString<WebLogoutMutation, WebLogoutMutationVariables>;