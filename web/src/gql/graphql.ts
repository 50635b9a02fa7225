/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Creates the actor, or replaces the properties of the actor with this id */
export type ActorInput = {
  contact?: ContactInput | null | undefined;
  description?: string | null | undefined;
  domains?: Array<LifeDomain> | null | undefined;
  /** Defaults by kind (graph-schema formalByDefault) */
  formal?: boolean | null | undefined;
  id: string | number;
  kind: NodeKind;
  name: string;
  /** First day the actor exists (founded, started); null when unknown */
  since?: string | null | undefined;
  targetGroups?: Array<TargetGroup> | null | undefined;
  /** Last day the actor exists (closed, ended; inclusive); null while it lasts */
  until?: string | null | undefined;
};

/** Where an actor is drawn in a scope */
export type ActorPositionInput = {
  actorId: string | number;
  /** Put there by hand: kept by every later layout */
  pinned?: boolean;
  x: number;
  y: number;
};

/** Filters combine with AND */
export type AuditFilter = {
  operations?: Array<AuditOperation> | null | undefined;
  /** From this ISO 8601 time on (inclusive) */
  since?: string | null | undefined;
  /** An actor, relation or user id */
  targetId?: string | number | null | undefined;
  /** Up to this ISO 8601 time (inclusive) */
  until?: string | null | undefined;
  userId?: string | number | null | undefined;
};

/** The write an audit entry records */
export type AuditOperation =
  | 'createSurveyRound'
  | 'createUser'
  | 'deleteActor'
  | 'deleteRelation'
  | 'deleteUser'
  | 'erasePerson'
  | 'eraseRespondent'
  | 'importGraph'
  | 'submitSurveyAnswer'
  | 'updateUser'
  | 'upsertActor'
  | 'upsertRelation';

/** Level of collaboration, PARTNER CPRM scale (graph-schema collaborationLevels) */
export type CollaborationLevel =
  /** we kennen elkaar / aware of each other */
  | 'AWARENESS'
  /** afstemmen / cooperative */
  | 'COOPERATIVE'
  /** samenwerken / coordinated */
  | 'COORDINATED'
  /** geïntegreerd / integrated */
  | 'INTEGRATED';

/** The property a column of a sheet maps to; null ignores the column */
export type ColumnChoiceInput = {
  column: string;
  property?: string | null | undefined;
  sheet: string;
};

/** How often a respondent is in contact with a partner (graph-schema contactFrequencies) */
export type ContactFrequency =
  /** elke dag / every day */
  | 'DAILY'
  /** ongeveer één keer per maand / about once a month */
  | 'MONTHLY'
  /** ongeveer één keer per kwartaal / about once a quarter */
  | 'QUARTERLY'
  /** elke week / every week */
  | 'WEEKLY'
  /** één keer per jaar of minder / once a year or less */
  | 'YEARLY';

export type ContactInput = {
  address?: string | null | undefined;
  email?: string | null | undefined;
  person?: string | null | undefined;
  phone?: string | null | undefined;
  website?: string | null | undefined;
};

/** File formats of exportNetwork */
export type ExportFormat =
  | 'CSV'
  | 'GEXF'
  | 'GRAPHML'
  | 'JSON'
  | 'XLSX';

/** Kinds of weakness found in a network (see docs/analysis.md) */
export type GapKind =
  /** Kwetsbaar knooppunt / Single point of failure */
  | 'ARTICULATION_POINT'
  /** Enige verbinding / Only link between groups */
  | 'BRIDGE_TIE'
  /** Afhankelijk van één makelaar / Dependence on a broker */
  | 'BROKER_DEPENDENCE'
  /** Ontbrekende levensdomeinen / Missing life domains */
  | 'DOMAIN_ABSENT'
  /** Domeinen die elkaar niet raken / Domains that never meet */
  | 'DOMAIN_PAIR_UNLINKED'
  /** Formeel zonder informele partner / Formal without an informal partner */
  | 'FORMAL_WITHOUT_INFORMAL'
  /** Losstaande groep / Detached group */
  | 'FRAGMENTATION'
  /** Informeel zonder formele partner / Informal without a formal partner */
  | 'INFORMAL_WITHOUT_FORMAL'
  /** Geïsoleerde actor / Isolated actor */
  | 'ISOLATED_ACTOR'
  /** Actor aan één band / Actor hanging on a single tie */
  | 'PERIPHERAL_ACTOR'
  /** Doelgroepen zonder aanbod / Target groups nobody serves */
  | 'TARGET_GROUP_UNSERVED';

/** How urgent a gap is: HIGH (the network is broken or an actor is cut off), MEDIUM, LOW */
export type GapSeverity =
  /** hoog / high */
  | 'HIGH'
  /** laag / low */
  | 'LOW'
  /** middel / medium */
  | 'MEDIUM';

/** A file to import: its name (the extension says the format) and its bytes in base64 */
export type ImportFileInput = {
  contentBase64: string;
  /** .xlsx, .csv or .json */
  name: string;
};

/** The languages of the UI and of reports: nl (Dutch, the default) and en */
export type Language =
  | 'en'
  | 'nl';

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

/** A new survey round for an area or a project (exactly one) */
export type NewSurveyRoundInput = {
  /** Who is invited; default: the actors of the area or project that can be partners (no places, no people) */
  actorIds?: Array<string | number> | null | undefined;
  areaId?: string | number | null | undefined;
  closesOn: string;
  intro?: string | null | undefined;
  opensOn: string;
  projectId?: string | number | null | undefined;
  title: string;
};

export type NewUserInput = {
  /** 3-64 lower-case letters, digits and . _ @ - */
  name: string;
  /** 12 characters or more; absent: one is generated */
  password?: string | null | undefined;
  role: Role;
};

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

/** Why an input or import row was rejected (graph-schema problemCodes); validation issues carry it in extensions.issues[].code */
export type ProblemCode =
  /** "{id}" does not exist on {day}; choose a day within its own since and until */
  | 'absentOnDay'
  /** must not be after today ({today}) */
  | 'afterToday'
  /** "{value}" is the name of {count} actors ({ids}); use the id instead */
  | 'ambiguousName'
  /** give either areaId or projectId, not both or neither */
  | 'areaOrProject'
  /** a {kind} cannot be placed in a {areaKind}; leave this cell empty */
  | 'cannotPlace'
  /** {file}: sheet {sheet} cell {cell} holds more than {max} characters */
  | 'cellTooLong'
  /** must not be before opensOn ({opensOn}) */
  | 'closesBeforeOpens'
  /** id "{id}" repeats {first} */
  | 'duplicateId'
  /** actor "{id}" is invited twice in this round */
  | 'duplicateInvitation'
  /** duplicate id "{id}": the same as row {row} of sheet {sheet} */
  | 'duplicateRow'
  /** must not be empty */
  | 'empty'
  /** {property} is empty; every actor needs a {property} */
  | 'emptyCell'
  /** cannot clear the last day of actor "{id}": relation {relation} is stored as ended and takes its end from it */
  | 'endClearBreaksRelation'
  /** is required when status is ENDED (the last day of the relation), unless one of its actors has a last day */
  | 'endedWithoutUntil'
  /** {kind} cannot run from a {sourceKind} to a {targetKind} */
  | 'endpointKinds'
  /** {file} is larger than {max} MB; split it or use the CLI */
  | 'fileTooLarge'
  /** contains the control or invisible character {character} at position {position}; remove it */
  | 'forbiddenCharacter'
  /** cannot be given with history: true; ask for one day (asOf) or for every relation ever recorded (history) */
  | 'historyWithDate'
  /** is not valid */
  | 'invalid'
  /** must be a date as YYYY-MM-DD */
  | 'invalidDate'
  /** must be an e-mail address (name@domain.be) */
  | 'invalidEmail'
  /** must be 1-{max} characters of letters, digits and . _ : @ -, starting with a letter or digit */
  | 'invalidId'
  /** is not valid JSON: it breaks at line {line}, column {column} */
  | 'invalidJson'
  /** has only invisible characters; type visible text or leave it empty */
  | 'invisibleOnly'
  /** invitation id or token "{id}" is in use already */
  | 'invitationTaken'
  /** answer at least one of the items (1-4), or give the single score */
  | 'itemRequired'
  /** a .json document is imported on its own, without other files */
  | 'jsonAlone'
  /** cannot change actor "{id}" to {kind}: relation {relation} would break */
  | 'kindChangeBreaksRelation'
  /** is the last admin; make another user admin first */
  | 'lastAdmin'
  /** the mapping names a column that is not in this sheet (headers: {headers}) */
  | 'mappingColumnUnknown'
  /** "{value}" is not a property of {sheetRole} */
  | 'mappingPropertyUnknown'
  /** no column for {property} */
  | 'missingColumn'
  /** give at least one file */
  | 'noFiles'
  /** the round has no actors to invite; give actorIds or choose an area with actors */
  | 'noInvitees'
  /** found no sheet of actors or of relations */
  | 'noSheet'
  /** "{value}" is not a date; use dd/mm/yyyy (31/12/2024) or yyyy-mm-dd */
  | 'notADate'
  /** expected an object { "actors": [...], "relations": [...] } */
  | 'notADocument'
  /** "{value}" is not a number */
  | 'notANumber'
  /** "{id}" is a {kind}, not a project; pass the id of a project */
  | 'notAProject'
  /** "{id}" is a {kind}, not an area; pass the id of a care zone, municipality or neighbourhood */
  | 'notAnArea'
  /** the content of {file} is not base64 */
  | 'notBase64'
  /** is not a calendar date */
  | 'notCalendarDate'
  /** must be a number from {min} to {max} */
  | 'notFiniteInRange'
  /** must be greater than 0 */
  | 'notPositive'
  /** "{value}" is not yes or no; use ja/nee or yes/no */
  | 'notYesNo'
  /** must be a whole number from {min} to {max} */
  | 'outOfRange'
  /** give either partnerActorId or proposedActor, not both or neither */
  | 'partnerOrProposal'
  /** must be {min} to {max} characters */
  | 'passwordRule'
  /** names proposed actor "{id}", which is not approved yet; approve it first */
  | 'proposalNotApproved'
  /** costs {cost}, more than the limit of {max}; ask for fewer fields, smaller pages or fewer aliases */
  | 'queryTooCostly'
  /** {file} needed more than {max} MB of memory to read; split it into smaller files */
  | 'readOutOfMemory'
  /** {file} took longer than {max} seconds to read; split it into smaller files */
  | 'readTimedOut'
  /** is required */
  | 'required'
  /** must be viewer, editor or admin */
  | 'roleRule'
  /** rounds "{earlier}" and "{later}" survey different areas or projects; compare two rounds of the same one */
  | 'roundsNotComparable'
  /** must differ from source (no relation of an actor with itself) */
  | 'sameEndpoints'
  /** give either the items or the single score, not both */
  | 'scoreAndItems'
  /** is the respondent itself; name the partners you work with */
  | 'selfAsPartner'
  /** {file}: text number {index} of the workbook holds more than {max} characters */
  | 'sharedStringTooLong'
  /** these headers are neither actors nor relations: {headers} */
  | 'sheetUnrecognised'
  /** the survey closed on {closesOn}; answers can no longer be changed */
  | 'surveyClosed'
  /** this survey link was withdrawn; ask the organiser for a new link */
  | 'surveyLinkRevoked'
  /** this survey link is not valid; ask the organiser for a new link */
  | 'surveyLinkUnknown'
  /** the survey opens on {opensOn}; come back then */
  | 'surveyNotOpenYet'
  /** a survey round with id "{id}" exists already; choose another id */
  | 'surveyRoundIdTaken'
  /** must be at most {max} */
  | 'tooLarge'
  /** must be at most {max} characters */
  | 'tooLong'
  /** {file} has more than {max} cells in all; split it into smaller files */
  | 'tooManyCells'
  /** {file}: sheet {sheet} row {row} has a value beyond column {max}; remove the cells far to the right */
  | 'tooManyColumns'
  /** {file}: sheet {sheet} has more than {max} rows; split it into smaller files */
  | 'tooManyRows'
  /** {file} has more than {max} sheets; keep only the sheets to import */
  | 'tooManySheets'
  /** {file} holds more than {max} parts; save it again from Excel as .xlsx */
  | 'tooManyZipEntries'
  /** no actor with id "{id}" */
  | 'unknownActor'
  /** {file} has an unknown extension; use .xlsx, .csv or .json */
  | 'unknownExtension'
  /** no invitation with id "{id}" */
  | 'unknownInvitation'
  /** unknown property "{value}" */
  | 'unknownProperty'
  /** no proposed actor "{id}" waiting in this round */
  | 'unknownProposal'
  /** no actor with id or name "{value}" in the file or the store */
  | 'unknownReference'
  /** no reported tie "{id}" in this round */
  | 'unknownReportedTie'
  /** no survey round with id "{id}" */
  | 'unknownSurveyRound'
  /** no user with id "{id}" */
  | 'unknownUser'
  /** unknown {property} "{value}" */
  | 'unknownValue'
  /** {file} unpacks to more than {max} MB; split it into smaller files */
  | 'unpacksTooLarge'
  /** {file} is not a readable {format} file ({detail}) */
  | 'unreadableFile'
  /** must not be before since ({since}) */
  | 'untilBeforeSince'
  /** a user with id "{id}" exists already */
  | 'userIdTaken'
  /** must be 3-64 letters, digits and . _ @ -, starting with a letter or digit */
  | 'userNameRule'
  /** a user named "{name}" exists already; choose another name */
  | 'userNameTaken'
  /** is not your current password */
  | 'wrongCurrentPassword'
  /** must be {expected} */
  | 'wrongType';

/** A partner that is not in the network yet; an editor approves it */
export type ProposedActorInput = {
  kind: NodeKind;
  name: string;
  place?: string | null | undefined;
};

/** How both sides of a pair reported their tie (see services/survey/reciprocity.ts) */
export type Reciprocity =
  /** door beide kanten gemeld / reported by both sides */
  | 'BOTH_SIDES'
  /** tegengesproken / contradicted */
  | 'CONTRADICTED'
  /** door één kant gemeld / reported by one side */
  | 'ONE_SIDE';

/** Most likely ties first, most valuable first, or balanced: likelihood order, lifted up to twice by value */
export type RecommendRanking =
  | 'BALANCED'
  | 'LIKELY'
  | 'VALUABLE';

/** Creates or updates a relation; without id, the id derives from kind and endpoints */
export type RelationInput = {
  id?: string | number | null | undefined;
  kind: RelationKind;
  note?: string | null | undefined;
  since?: string | null | undefined;
  source: string | number;
  /** Defaults to ACTIVE; ENDED needs until */
  status?: RelationStatus | null | undefined;
  target: string | number;
  until?: string | null | undefined;
  weight?: number | null | undefined;
};

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

/** Where a relation stands (graph-schema relationStatuses); planned ties are not counted by analysis */
export type RelationStatus =
  /** actief / active */
  | 'ACTIVE'
  /** beëindigd / ended */
  | 'ENDED'
  /** gepland / planned */
  | 'PLANNED';

/** One partner: partnerActorId or proposedActor */
export type ReportedPartnerInput = {
  /** Default FROM_RESPONDENT (the respondent is the source); undirected kinds ignore it */
  direction?: SurveyTieDirection | null | undefined;
  frequency?: ContactFrequency | null | undefined;
  level: CollaborationLevel;
  note?: string | null | undefined;
  partnerActorId?: string | number | null | undefined;
  proposedActor?: ProposedActorInput | null | undefined;
  /** A collaboration kind; for a directed kind, direction says which end the respondent is */
  relationKind: RelationKind;
  since?: string | null | undefined;
  /** 1-4: one trust score instead of the items; not with trustItems */
  trust?: number | null | undefined;
  /** The trust items answered; the trust score is their mean */
  trustItems?: SurveyTrustItemsInput | null | undefined;
  /** 1-4: one value score instead of the items (answers from before the items); not with valueItems */
  value?: number | null | undefined;
  /** The value items answered; the value score is their mean */
  valueItems?: SurveyValueItemsInput | null | undefined;
};

/** Who fills in the form: optional, personal data */
export type RespondentContactInput = {
  email?: string | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
  role?: string | null | undefined;
};

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

/** What the rows of a sheet are */
export type SheetRole =
  | 'actors'
  | 'relations';

/** Which reported pairs to accept at once; contradicted pairs are never accepted by a rule */
export type SurveyAcceptRule =
  /** pairs reported by both sides or by one side (the other did not answer) */
  | 'AT_LEAST_ONE_SIDE'
  /** pairs reported by both sides */
  | 'BOTH_SIDES';

/** A respondent’s answer; submitting replaces an earlier submission */
export type SurveyAnswerInput = {
  contact?: RespondentContactInput | null | undefined;
  partners: Array<ReportedPartnerInput>;
};

export type SurveyRoundStatus =
  /** afgesloten / closed */
  | 'CLOSED'
  /** open / open */
  | 'OPEN';

/** Which way a reported tie of a directed kind runs; undirected kinds ignore it */
export type SurveyTieDirection =
  /** van de invuller naar de partner / from the respondent to the partner */
  | 'FROM_RESPONDENT'
  /** van de partner naar de invuller / from the partner to the respondent */
  | 'TO_RESPONDENT';

/** PARTNER’s trust items, each 1-4; leave out (or null) what the respondent does not know. The trust score is their mean */
export type SurveyTrustItemsInput = {
  /** How much does this partner support the shared mission? */
  MISSION?: number | null | undefined;
  /** How open to discussion is this partner? */
  OPEN?: number | null | undefined;
  /** How reliable is this partner? */
  RELIABLE?: number | null | undefined;
};

/** PARTNER’s value items, each 1-4; leave out (or null) what the respondent does not know. The value score is their mean */
export type SurveyValueItemsInput = {
  /** How much power and influence does this partner have? */
  INFLUENCE?: number | null | undefined;
  /** How involved is this partner in the shared work? */
  INVOLVEMENT?: number | null | undefined;
  /** How much does this partner contribute resources? */
  RESOURCES?: number | null | undefined;
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

export type UserChangesInput = {
  password?: string | null | undefined;
  role?: Role | null | undefined;
};

export type WebRecommendPartnersQueryVariables = Exact<{
  actorId: string | number;
  limit: number;
  areaId?: string | number | null | undefined;
  asOf?: string | null | undefined;
  history: boolean;
  ranking: RecommendRanking;
}>;


export type WebRecommendPartnersQuery = { regionCommunity: number | null, recommendPartners: Array<{ score: number, relativeLikelihood: number, value: number, asOf: string | null, areaMissingDomains: Array<LifeDomain>, areaMissingTargetGroups: Array<TargetGroup>, newDomains: Array<LifeDomain>, actor: { id: string, kind: NodeKind, name: string, description: string | null, formal: boolean, domains: Array<LifeDomain>, targetGroups: Array<TargetGroup>, personalDataHidden: boolean, boundary: boolean, since: string | null, until: string | null }, explanation: { nl: string, en: string }, likelihoodExplanation: { nl: string, en: string }, valueExplanation: { nl: string, en: string }, area: { id: string, name: string } | null, sharedPartners: Array<{ id: string, name: string }> }> };

export type WebAcceptSuggestionMutationVariables = Exact<{
  source: string | number;
  target: string | number;
}>;


export type WebAcceptSuggestionMutation = { acceptSuggestion: { id: string, kind: RelationKind, source: string, target: string, since: string | null, until: string | null, weight: number | null, status: RelationStatus, note: string | null } };

export type WebAreaOverviewQueryVariables = Exact<{
  scope?: ScopeInput | null | undefined;
  asOf?: string | null | undefined;
  history: boolean;
}>;


export type WebAreaOverviewQuery = { areaOverview: { childKind: NodeKind | null, actors: number, unplaced: number, tiesWithin: number, areas: Array<{ id: string, name: string, kind: NodeKind, actors: number }>, ties: Array<{ source: string, target: string, ties: number }> } };

export type WebAreaPlacementQueryVariables = Exact<{
  id: string | number;
}>;


export type WebAreaPlacementQuery = { actor: { id: string, kind: NodeKind, name: string, relations: Array<{ kind: RelationKind, source: string, target: string, status: RelationStatus }> } | null };

export type WebMeQueryVariables = Exact<{ [key: string]: never; }>;


export type WebMeQuery = { me: { id: string, name: string, role: Role } | null };

export type WebLoginMutationVariables = Exact<{
  name: string;
  password: string;
}>;


export type WebLoginMutation = { login: { id: string, name: string, role: Role } };

export type WebLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type WebLogoutMutation = { logout: boolean };

export type WebLogoutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type WebLogoutEverywhereMutation = { logoutEverywhere: boolean };

export type WebUpsertActorMutationVariables = Exact<{
  input: ActorInput;
}>;


export type WebUpsertActorMutation = { upsertActor: { id: string, kind: NodeKind, name: string, description: string | null, formal: boolean, domains: Array<LifeDomain>, targetGroups: Array<TargetGroup>, personalDataHidden: boolean, since: string | null, until: string | null } };

export type WebActorContactQueryVariables = Exact<{
  id: string | number;
}>;


export type WebActorContactQuery = { actor: { contact: { email: string | null, phone: string | null, website: string | null, address: string | null, person: string | null } | null } | null };

export type WebDeleteActorMutationVariables = Exact<{
  id: string | number;
}>;


export type WebDeleteActorMutation = { deleteActor: boolean };

export type WebUpsertRelationMutationVariables = Exact<{
  input: RelationInput;
}>;


export type WebUpsertRelationMutation = { upsertRelation: { id: string, kind: RelationKind, source: string, target: string, since: string | null, until: string | null, weight: number | null, status: RelationStatus, note: string | null } };

export type WebDeleteRelationMutationVariables = Exact<{
  id: string | number;
}>;


export type WebDeleteRelationMutation = { deleteRelation: boolean };

export type WebExportGraphQueryVariables = Exact<{ [key: string]: never; }>;


export type WebExportGraphQuery = { exportGraph: Record<string, unknown> };

export type WebExportNetworkQueryVariables = Exact<{
  format: ExportFormat;
  areaId?: string | number | null | undefined;
  asOf?: string | null | undefined;
  history: boolean;
  language: Language;
}>;


export type WebExportNetworkQuery = { exportNetwork: Array<{ fileName: string, mediaType: string, contentBase64: string }> };

export type WebNetworkQueryVariables = Exact<{
  scope?: ScopeInput | null | undefined;
  asOf?: string | null | undefined;
  history: boolean;
}>;


export type WebNetworkQuery = { network: { areaId: string | null, areaKind: NodeKind | null, asOf: string | null, nodes: Array<{ id: string, kind: NodeKind, name: string, description: string | null, formal: boolean, domains: Array<LifeDomain>, targetGroups: Array<TargetGroup>, personalDataHidden: boolean, boundary: boolean, since: string | null, until: string | null }>, relations: Array<{ id: string, kind: RelationKind, source: string, target: string, since: string | null, until: string | null, weight: number | null, status: RelationStatus, note: string | null }> } };

export type WebEgoNetworkQueryVariables = Exact<{
  actorId: string | number;
  asOf?: string | null | undefined;
  history: boolean;
}>;


export type WebEgoNetworkQuery = { egoNetwork: { areaId: string | null, areaKind: NodeKind | null, asOf: string | null, nodes: Array<{ id: string, kind: NodeKind, name: string, description: string | null, formal: boolean, domains: Array<LifeDomain>, targetGroups: Array<TargetGroup>, personalDataHidden: boolean, boundary: boolean, since: string | null, until: string | null }>, relations: Array<{ id: string, kind: RelationKind, source: string, target: string, since: string | null, until: string | null, weight: number | null, status: RelationStatus, note: string | null }> } };

export type WebMetricsQueryVariables = Exact<{
  scope?: ScopeInput | null | undefined;
  asOf?: string | null | undefined;
  history: boolean;
}>;


export type WebMetricsQuery = { networkMetrics: { actors: Array<{ degree: number, betweenness: number, pagerank: number, closeness: number, community: number, articulationPoint: boolean, actor: { id: string } }>, summary: { actorCount: number, tieCount: number, communityCount: number, approximate: boolean } } };

export type WebNetworkLayoutQueryVariables = Exact<{
  scope?: ScopeInput | null | undefined;
  asOf?: string | null | undefined;
  history: boolean;
  minElements: number;
}>;


export type WebNetworkLayoutQuery = { networkLayout: { computed: boolean, positions: Array<{ actorId: string, x: number, y: number }> } };

export type WebSaveLayoutMutationVariables = Exact<{
  scope?: ScopeInput | null | undefined;
  positions: Array<ActorPositionInput> | ActorPositionInput;
  replace: boolean;
}>;


export type WebSaveLayoutMutation = { saveLayout: boolean };

export type WebResetLayoutMutationVariables = Exact<{
  scope?: ScopeInput | null | undefined;
}>;


export type WebResetLayoutMutation = { resetLayout: boolean };

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

export type WebComparisonRoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebComparisonRoundsQuery = { surveyRounds: Array<{ id: string, title: string, areaId: string | null, projectId: string | null, opensOn: string, status: SurveyRoundStatus, createdAt: string }> };

export type WebCompareSurveyRoundsQueryVariables = Exact<{
  earlier: string | number;
  later: string | number;
}>;


export type WebCompareSurveyRoundsQuery = { compareSurveyRounds: { newPairs: Array<string>, keptPairs: Array<string>, lostPairs: Array<string>, earlier: { roundId: string, invited: number, answered: number, pairs: number, density: number, isolatedActorIds: Array<string>, crossDomainPairs: number, averageValue: number | null, averageTrust: number | null }, later: { roundId: string, invited: number, answered: number, pairs: number, density: number, isolatedActorIds: Array<string>, crossDomainPairs: number, averageValue: number | null, averageTrust: number | null } }, earlierResults: { respondents: Array<{ actorId: string, actorName: string }> }, laterResults: { respondents: Array<{ actorId: string, actorName: string }> } };

export type WebComparisonActorQueryVariables = Exact<{
  id: string | number;
}>;


export type WebComparisonActorQuery = { actor: { id: string, name: string } | null };

export type WebChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type WebChangePasswordMutation = { changePassword: { id: string, name: string, role: Role } };

export type WebUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type WebUsersQuery = { users: Array<{ id: string, name: string, role: Role, createdAt: string, updatedAt: string }> };

export type WebCreateUserMutationVariables = Exact<{
  input: NewUserInput;
}>;


export type WebCreateUserMutation = { createUser: { password: string | null, user: { id: string, name: string, role: Role, createdAt: string, updatedAt: string } } };

export type WebUpdateUserMutationVariables = Exact<{
  id: string | number;
  changes: UserChangesInput;
}>;


export type WebUpdateUserMutation = { updateUser: { id: string, name: string, role: Role, createdAt: string, updatedAt: string } };

export type WebDeleteUserMutationVariables = Exact<{
  id: string | number;
}>;


export type WebDeleteUserMutation = { deleteUser: boolean };

export type WebAuditLogQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
  offset: number;
  limit: number;
}>;


export type WebAuditLogQuery = { auditLog: { total: number, items: Array<{ id: string, at: string, userId: string | null, userName: string, operation: AuditOperation, targetType: string, targetId: string | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null }> } };

export type WebChangesQueryVariables = Exact<{
  scope?: ScopeInput | null | undefined;
  from: string;
  to: string;
}>;


export type WebChangesQuery = { networkChanges: { from: string, to: string, latestTieStart: string | null, tiesAdded: Array<{ id: string, source: string, target: string, kind: RelationKind, since: string | null, until: string | null }>, tiesEnded: Array<{ id: string, source: string, target: string, kind: RelationKind, since: string | null, until: string | null }>, actorsJoined: Array<{ id: string, name: string, kind: NodeKind }>, actorsLeft: Array<{ id: string, name: string, kind: NodeKind }>, deltas: Array<{ metric: string, before: number | null, after: number | null, change: number | null }>, actorChanges: Array<{ degreeBefore: number, degreeAfter: number, betweennessBefore: number, betweennessAfter: number, actor: { id: string, name: string, kind: NodeKind } }> }, network: { nodes: Array<{ id: string, name: string }> } };

export type WebDomainsQueryVariables = Exact<{
  scope?: ScopeInput | null | undefined;
  asOf?: string | null | undefined;
  history: boolean;
}>;


export type WebDomainsQuery = { domainMatrix: { areaId: string | null, asOf: string | null, domains: Array<LifeDomain>, actorCounts: Array<{ domain: LifeDomain, actorCount: number, partnerCount: number }>, cells: Array<{ a: LifeDomain, b: LifeDomain, tieCount: number, relations: Array<{ id: string, source: string, target: string, kind: RelationKind, since: string | null, until: string | null }> }> }, boundarySpanners: Array<{ degree: number, crossDomainTieCount: number, domainsLinked: Array<LifeDomain>, actor: { id: string, name: string, kind: NodeKind } }>, network: { nodes: Array<{ id: string, name: string }> } };

export type WebAreaReportQueryVariables = Exact<{
  areaId: string | number;
  since: string;
  language: Language;
}>;


export type WebAreaReportQuery = { areaReport: { fileName: string, mediaType: string, contentBase64: string } };

export type WebGapsQueryVariables = Exact<{
  scope?: ScopeInput | null | undefined;
  asOf?: string | null | undefined;
  history: boolean;
}>;


export type WebGapsQuery = { gaps: { areaId: string | null, asOf: string | null, counts: Array<{ kind: GapKind, count: number }>, gaps: Array<{ id: string, kind: GapKind, severity: GapSeverity, affectedCount: number, domains: Array<LifeDomain>, targetGroups: Array<TargetGroup>, explanation: { nl: string, en: string }, actors: Array<{ id: string, name: string, kind: NodeKind, formal: boolean }>, relations: Array<{ id: string, source: string, target: string, kind: RelationKind }> }> } };

export type WebImportFilesMutationVariables = Exact<{
  files: Array<ImportFileInput> | ImportFileInput;
  mapping?: Array<ColumnChoiceInput> | ColumnChoiceInput | null | undefined;
  dryRun: boolean;
}>;


export type WebImportFilesMutation = { importFiles: { applied: boolean, problemCount: number, actors: { create: number, update: number, unchanged: number }, relations: { create: number, update: number, unchanged: number }, problems: Array<{ sheet: string, row: number, column: string, value: string, code: ProblemCode, params: Record<string, unknown> }>, sheets: Array<{ sheet: string, role: SheetRole | null, rows: number, columns: Array<{ column: string, property: string | null }> }>, properties: Array<{ role: SheetRole, key: string, labelNl: string, labelEn: string, required: boolean }>, summary: { actors: { created: number, updated: number, unchanged: number }, relations: { created: number, updated: number, unchanged: number } } | null } };

export type WebImportMaxBytesQueryVariables = Exact<{ [key: string]: never; }>;


export type WebImportMaxBytesQuery = { importMaxBytes: number };

export type WebNeighbourhoodChoicesQueryVariables = Exact<{
  areaId?: string | number | null | undefined;
  kinds: Array<NodeKind> | NodeKind;
}>;


export type WebNeighbourhoodChoicesQuery = { neighbourhoods: { items: Array<{ id: string, name: string, kind: NodeKind }> } };

export type WebScopeAreaQueryVariables = Exact<{
  id: string | number;
}>;


export type WebScopeAreaQuery = { actor: { id: string, name: string, kind: NodeKind } | null };

export type WebNeighbourhoodQueryVariables = Exact<{
  scope: ScopeInput;
  neighbourhoodId: string | number;
  asOf?: string | null | undefined;
  history: boolean;
}>;


export type WebNeighbourhoodQuery = { areaCoverage: { asOf: string | null, domains: Array<{ value: LifeDomain, actorCount: number }>, targetGroups: Array<{ value: TargetGroup, actorCount: number }>, records: { actors: number, withoutDomains: number, withoutTargetGroups: number } }, gaps: { gaps: Array<{ id: string, kind: GapKind, severity: GapSeverity, affectedCount: number, explanation: { nl: string, en: string }, actors: Array<{ id: string, name: string }>, relations: Array<{ id: string, source: string, target: string }> }> }, suggestCollaborations: Array<{ relativeLikelihood: number, value: number, areaMissingDomains: Array<LifeDomain>, areaMissingTargetGroups: Array<TargetGroup>, explanation: { nl: string, en: string }, area: { id: string } | null, from: { id: string, name: string, kind: NodeKind }, to: { id: string, name: string, kind: NodeKind }, gap: { id: string, kind: GapKind, explanation: { nl: string, en: string } } }> };

export type WebSurveyFormQueryVariables = Exact<{
  token: string;
}>;


export type WebSurveyFormQuery = { surveyForm: { roundTitle: string, intro: string | null, opensOn: string, closesOn: string, submittedAt: string | null, draftSavedAt: string | null, respondent: { id: string, name: string, kind: NodeKind }, actors: Array<{ id: string, name: string, kind: NodeKind }>, outsideActors: Array<{ id: string, name: string, kind: NodeKind }>, answer: { contact: { name: string | null, email: string | null, phone: string | null, role: string | null } | null, partners: Array<{ partnerActorId: string | null, relationKind: RelationKind, direction: SurveyTieDirection | null, level: CollaborationLevel, frequency: ContactFrequency | null, value: number | null, trust: number | null, since: string | null, note: string | null, valueItems: { INFLUENCE: number | null, INVOLVEMENT: number | null, RESOURCES: number | null } | null, trustItems: { RELIABLE: number | null, MISSION: number | null, OPEN: number | null } | null, proposedActor: { name: string, kind: NodeKind, place: string | null } | null }> } | null } };

export type WebSurveySearchQueryVariables = Exact<{
  token: string;
  text: string;
}>;


export type WebSurveySearchQuery = { surveySearch: Array<{ id: string, name: string, kind: NodeKind }> };

export type WebSaveSurveyDraftMutationVariables = Exact<{
  token: string;
  answer: SurveyAnswerInput;
}>;


export type WebSaveSurveyDraftMutation = { saveSurveyDraft: { draftSavedAt: string | null, submittedAt: string | null } };

export type WebSubmitSurveyAnswerMutationVariables = Exact<{
  token: string;
  answer: SurveyAnswerInput;
}>;


export type WebSubmitSurveyAnswerMutation = { submitSurveyAnswer: { draftSavedAt: string | null, submittedAt: string | null } };

export type WebSurveyRoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebSurveyRoundsQuery = { surveyRounds: Array<{ id: string, title: string, intro: string | null, areaId: string | null, projectId: string | null, opensOn: string, closesOn: string, status: SurveyRoundStatus, createdAt: string }> };

export type WebCreateSurveyRoundMutationVariables = Exact<{
  input: NewSurveyRoundInput;
}>;


export type WebCreateSurveyRoundMutation = { createSurveyRound: { round: { id: string, title: string, intro: string | null, areaId: string | null, projectId: string | null, opensOn: string, closesOn: string, status: SurveyRoundStatus, createdAt: string }, links: Array<{ actorId: string, invitationId: string, token: string }> } };

export type WebSurveyResultsQueryVariables = Exact<{
  roundId: string | number;
}>;


export type WebSurveyResultsQuery = { surveyResults: { invited: number, answered: number, responseRate: number, round: { id: string, title: string, intro: string | null, areaId: string | null, projectId: string | null, opensOn: string, closesOn: string, status: SurveyRoundStatus, createdAt: string }, respondents: Array<{ invitationId: string, actorId: string, actorName: string, actorKind: NodeKind | null, submittedAt: string | null, draftSavedAt: string | null, lastSeenAt: string | null, revoked: boolean }>, ties: Array<{ key: string, invitationId: string, reporterActorId: string, partnerActorId: string | null, proposalId: string | null, relationKind: RelationKind, direction: SurveyTieDirection, sourceActorId: string | null, targetActorId: string | null, level: CollaborationLevel, frequency: ContactFrequency | null, value: number | null, trust: number | null, since: string | null, acceptedRelationId: string | null }>, pairs: Array<{ a: string, b: string, levelByA: CollaborationLevel | null, levelByB: CollaborationLevel | null, reciprocity: Reciprocity, reports: number, tieKeys: Array<string>, averageValue: number | null, averageTrust: number | null, averageValueItems: { INFLUENCE: number | null, INVOLVEMENT: number | null, RESOURCES: number | null }, averageTrustItems: { RELIABLE: number | null, MISSION: number | null, OPEN: number | null } }>, actorScores: Array<{ actorId: string, averageValue: number | null, averageTrust: number | null, namedBy: number, averageValueItems: { INFLUENCE: number | null, INVOLVEMENT: number | null, RESOURCES: number | null }, averageTrustItems: { RELIABLE: number | null, MISSION: number | null, OPEN: number | null } }>, proposals: Array<{ id: string, name: string, kind: NodeKind, place: string | null, reporterActorId: string, actorId: string | null }> } };

export type WebSurveyActorNameQueryVariables = Exact<{
  id: string | number;
}>;


export type WebSurveyActorNameQuery = { actor: { id: string, name: string, kind: NodeKind } | null };

export type WebRevokeSurveyLinkMutationVariables = Exact<{
  roundId: string | number;
  invitationId: string | number;
}>;


export type WebRevokeSurveyLinkMutation = { revokeSurveyLink: boolean };

export type WebReissueSurveyLinkMutationVariables = Exact<{
  roundId: string | number;
  invitationId: string | number;
}>;


export type WebReissueSurveyLinkMutation = { reissueSurveyLink: { actorId: string, invitationId: string, token: string } };

export type WebAcceptSurveyTieMutationVariables = Exact<{
  roundId: string | number;
  key: string;
}>;


export type WebAcceptSurveyTieMutation = { acceptSurveyTie: { id: string } };

export type WebAcceptSurveyTiesMutationVariables = Exact<{
  roundId: string | number;
  rule: SurveyAcceptRule;
}>;


export type WebAcceptSurveyTiesMutation = { acceptSurveyTies: { accepted: Array<{ id: string }>, skipped: Array<{ key: string, code: string }> } };

export type WebCloseSurveyRoundMutationVariables = Exact<{
  roundId: string | number;
}>;


export type WebCloseSurveyRoundMutation = { closeSurveyRound: { id: string, status: SurveyRoundStatus } };

export type WebExportSurveyAnswersQueryVariables = Exact<{
  roundId: string | number;
  language: Language;
}>;


export type WebExportSurveyAnswersQuery = { exportSurveyAnswers: { fileName: string, mediaType: string, contentBase64: string } };

export type WebExportSurveyNetworkQueryVariables = Exact<{
  roundId: string | number;
  format: ExportFormat;
  language: Language;
}>;


export type WebExportSurveyNetworkQuery = { exportSurveyNetwork: Array<{ fileName: string, mediaType: string, contentBase64: string }> };

export type WebSurveyAreaProjectsQueryVariables = Exact<{
  areaId: string | number;
}>;


export type WebSurveyAreaProjectsQuery = { actors: { items: Array<{ id: string, name: string }> } };

export type WebApproveSurveyProposalMutationVariables = Exact<{
  roundId: string | number;
  proposalId: string | number;
}>;


export type WebApproveSurveyProposalMutation = { approveSurveyProposal: { id: string } };

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

export const WebRecommendPartnersDocument = new TypedDocumentString(`
    query WebRecommendPartners($actorId: ID!, $limit: Int!, $areaId: ID, $asOf: Date, $history: Boolean!, $ranking: RecommendRanking!) {
  recommendPartners(
    actorId: $actorId
    limit: $limit
    areaId: $areaId
    asOf: $asOf
    history: $history
    ranking: $ranking
  ) {
    actor {
      id
      kind
      name
      description
      formal
      domains
      targetGroups
      personalDataHidden
      boundary
      since
      until
    }
    score
    relativeLikelihood
    value
    explanation {
      nl
      en
    }
    likelihoodExplanation {
      nl
      en
    }
    valueExplanation {
      nl
      en
    }
    area {
      id
      name
    }
    asOf
    areaMissingDomains
    areaMissingTargetGroups
    newDomains
    sharedPartners {
      id
      name
    }
  }
  regionCommunity(actorId: $actorId, asOf: $asOf, history: $history)
}
    `) as unknown as TypedDocumentString<WebRecommendPartnersQuery, WebRecommendPartnersQueryVariables>;
export const WebAcceptSuggestionDocument = new TypedDocumentString(`
    mutation WebAcceptSuggestion($source: ID!, $target: ID!) {
  acceptSuggestion(source: $source, target: $target) {
    id
    kind
    source
    target
    since
    until
    weight
    status
    note
  }
}
    `) as unknown as TypedDocumentString<WebAcceptSuggestionMutation, WebAcceptSuggestionMutationVariables>;
export const WebAreaOverviewDocument = new TypedDocumentString(`
    query WebAreaOverview($scope: ScopeInput, $asOf: Date, $history: Boolean!) {
  areaOverview(scope: $scope, asOf: $asOf, history: $history) {
    childKind
    actors
    unplaced
    areas {
      id
      name
      kind
      actors
    }
    ties {
      source
      target
      ties
    }
    tiesWithin
  }
}
    `) as unknown as TypedDocumentString<WebAreaOverviewQuery, WebAreaOverviewQueryVariables>;
export const WebAreaPlacementDocument = new TypedDocumentString(`
    query WebAreaPlacement($id: ID!) {
  actor(id: $id) {
    id
    kind
    name
    relations {
      kind
      source
      target
      status
    }
  }
}
    `) as unknown as TypedDocumentString<WebAreaPlacementQuery, WebAreaPlacementQueryVariables>;
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
export const WebLogoutEverywhereDocument = new TypedDocumentString(`
    mutation WebLogoutEverywhere {
  logoutEverywhere
}
    `) as unknown as TypedDocumentString<WebLogoutEverywhereMutation, WebLogoutEverywhereMutationVariables>;
export const WebUpsertActorDocument = new TypedDocumentString(`
    mutation WebUpsertActor($input: ActorInput!) {
  upsertActor(input: $input) {
    id
    kind
    name
    description
    formal
    domains
    targetGroups
    personalDataHidden
    since
    until
  }
}
    `) as unknown as TypedDocumentString<WebUpsertActorMutation, WebUpsertActorMutationVariables>;
export const WebActorContactDocument = new TypedDocumentString(`
    query WebActorContact($id: ID!) {
  actor(id: $id) {
    contact {
      email
      phone
      website
      address
      person
    }
  }
}
    `) as unknown as TypedDocumentString<WebActorContactQuery, WebActorContactQueryVariables>;
export const WebDeleteActorDocument = new TypedDocumentString(`
    mutation WebDeleteActor($id: ID!) {
  deleteActor(id: $id)
}
    `) as unknown as TypedDocumentString<WebDeleteActorMutation, WebDeleteActorMutationVariables>;
export const WebUpsertRelationDocument = new TypedDocumentString(`
    mutation WebUpsertRelation($input: RelationInput!) {
  upsertRelation(input: $input) {
    id
    kind
    source
    target
    since
    until
    weight
    status
    note
  }
}
    `) as unknown as TypedDocumentString<WebUpsertRelationMutation, WebUpsertRelationMutationVariables>;
export const WebDeleteRelationDocument = new TypedDocumentString(`
    mutation WebDeleteRelation($id: ID!) {
  deleteRelation(id: $id)
}
    `) as unknown as TypedDocumentString<WebDeleteRelationMutation, WebDeleteRelationMutationVariables>;
export const WebExportGraphDocument = new TypedDocumentString(`
    query WebExportGraph {
  exportGraph
}
    `) as unknown as TypedDocumentString<WebExportGraphQuery, WebExportGraphQueryVariables>;
export const WebExportNetworkDocument = new TypedDocumentString(`
    query WebExportNetwork($format: ExportFormat!, $areaId: ID, $asOf: Date, $history: Boolean!, $language: Language!) {
  exportNetwork(
    format: $format
    areaId: $areaId
    asOf: $asOf
    history: $history
    language: $language
  ) {
    fileName
    mediaType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<WebExportNetworkQuery, WebExportNetworkQueryVariables>;
export const WebNetworkDocument = new TypedDocumentString(`
    query WebNetwork($scope: ScopeInput, $asOf: Date, $history: Boolean!) {
  network(scope: $scope, asOf: $asOf, history: $history) {
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
      since
      until
    }
    relations {
      id
      kind
      source
      target
      since
      until
      weight
      status
      note
    }
  }
}
    `) as unknown as TypedDocumentString<WebNetworkQuery, WebNetworkQueryVariables>;
export const WebEgoNetworkDocument = new TypedDocumentString(`
    query WebEgoNetwork($actorId: ID!, $asOf: Date, $history: Boolean!) {
  egoNetwork(actorId: $actorId, asOf: $asOf, history: $history, depth: 1) {
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
      since
      until
    }
    relations {
      id
      kind
      source
      target
      since
      until
      weight
      status
      note
    }
  }
}
    `) as unknown as TypedDocumentString<WebEgoNetworkQuery, WebEgoNetworkQueryVariables>;
export const WebMetricsDocument = new TypedDocumentString(`
    query WebMetrics($scope: ScopeInput, $asOf: Date, $history: Boolean!) {
  networkMetrics(scope: $scope, asOf: $asOf, history: $history) {
    actors {
      actor {
        id
      }
      degree
      betweenness
      pagerank
      closeness
      community
      articulationPoint
    }
    summary {
      actorCount
      tieCount
      communityCount
      approximate
    }
  }
}
    `) as unknown as TypedDocumentString<WebMetricsQuery, WebMetricsQueryVariables>;
export const WebNetworkLayoutDocument = new TypedDocumentString(`
    query WebNetworkLayout($scope: ScopeInput, $asOf: Date, $history: Boolean!, $minElements: Int!) {
  networkLayout(
    scope: $scope
    asOf: $asOf
    history: $history
    minElements: $minElements
  ) {
    computed
    positions {
      actorId
      x
      y
    }
  }
}
    `) as unknown as TypedDocumentString<WebNetworkLayoutQuery, WebNetworkLayoutQueryVariables>;
export const WebSaveLayoutDocument = new TypedDocumentString(`
    mutation WebSaveLayout($scope: ScopeInput, $positions: [ActorPositionInput!]!, $replace: Boolean!) {
  saveLayout(scope: $scope, positions: $positions, replace: $replace)
}
    `) as unknown as TypedDocumentString<WebSaveLayoutMutation, WebSaveLayoutMutationVariables>;
export const WebResetLayoutDocument = new TypedDocumentString(`
    mutation WebResetLayout($scope: ScopeInput) {
  resetLayout(scope: $scope)
}
    `) as unknown as TypedDocumentString<WebResetLayoutMutation, WebResetLayoutMutationVariables>;
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
export const WebComparisonRoundsDocument = new TypedDocumentString(`
    query WebComparisonRounds {
  surveyRounds {
    id
    title
    areaId
    projectId
    opensOn
    status
    createdAt
  }
}
    `) as unknown as TypedDocumentString<WebComparisonRoundsQuery, WebComparisonRoundsQueryVariables>;
export const WebCompareSurveyRoundsDocument = new TypedDocumentString(`
    query WebCompareSurveyRounds($earlier: ID!, $later: ID!) {
  compareSurveyRounds(earlierRoundId: $earlier, laterRoundId: $later) {
    earlier {
      roundId
      invited
      answered
      pairs
      density
      isolatedActorIds
      crossDomainPairs
      averageValue
      averageTrust
    }
    later {
      roundId
      invited
      answered
      pairs
      density
      isolatedActorIds
      crossDomainPairs
      averageValue
      averageTrust
    }
    newPairs
    keptPairs
    lostPairs
  }
  earlierResults: surveyResults(roundId: $earlier) {
    respondents {
      actorId
      actorName
    }
  }
  laterResults: surveyResults(roundId: $later) {
    respondents {
      actorId
      actorName
    }
  }
}
    `) as unknown as TypedDocumentString<WebCompareSurveyRoundsQuery, WebCompareSurveyRoundsQueryVariables>;
export const WebComparisonActorDocument = new TypedDocumentString(`
    query WebComparisonActor($id: ID!) {
  actor(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<WebComparisonActorQuery, WebComparisonActorQueryVariables>;
export const WebChangePasswordDocument = new TypedDocumentString(`
    mutation WebChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
    id
    name
    role
  }
}
    `) as unknown as TypedDocumentString<WebChangePasswordMutation, WebChangePasswordMutationVariables>;
export const WebUsersDocument = new TypedDocumentString(`
    query WebUsers {
  users {
    id
    name
    role
    createdAt
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<WebUsersQuery, WebUsersQueryVariables>;
export const WebCreateUserDocument = new TypedDocumentString(`
    mutation WebCreateUser($input: NewUserInput!) {
  createUser(input: $input) {
    password
    user {
      id
      name
      role
      createdAt
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<WebCreateUserMutation, WebCreateUserMutationVariables>;
export const WebUpdateUserDocument = new TypedDocumentString(`
    mutation WebUpdateUser($id: ID!, $changes: UserChangesInput!) {
  updateUser(id: $id, changes: $changes) {
    id
    name
    role
    createdAt
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<WebUpdateUserMutation, WebUpdateUserMutationVariables>;
export const WebDeleteUserDocument = new TypedDocumentString(`
    mutation WebDeleteUser($id: ID!) {
  deleteUser(id: $id)
}
    `) as unknown as TypedDocumentString<WebDeleteUserMutation, WebDeleteUserMutationVariables>;
export const WebAuditLogDocument = new TypedDocumentString(`
    query WebAuditLog($filter: AuditFilter, $offset: Int!, $limit: Int!) {
  auditLog(filter: $filter, offset: $offset, limit: $limit) {
    total
    items {
      id
      at
      userId
      userName
      operation
      targetType
      targetId
      before
      after
    }
  }
}
    `) as unknown as TypedDocumentString<WebAuditLogQuery, WebAuditLogQueryVariables>;
export const WebChangesDocument = new TypedDocumentString(`
    query WebChanges($scope: ScopeInput, $from: Date!, $to: Date!) {
  networkChanges(scope: $scope, from: $from, to: $to) {
    from
    to
    tiesAdded {
      id
      source
      target
      kind
      since
      until
    }
    tiesEnded {
      id
      source
      target
      kind
      since
      until
    }
    latestTieStart
    actorsJoined {
      id
      name
      kind
    }
    actorsLeft {
      id
      name
      kind
    }
    deltas {
      metric
      before
      after
      change
    }
    actorChanges {
      actor {
        id
        name
        kind
      }
      degreeBefore
      degreeAfter
      betweennessBefore
      betweennessAfter
    }
  }
  network(scope: $scope) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WebChangesQuery, WebChangesQueryVariables>;
export const WebDomainsDocument = new TypedDocumentString(`
    query WebDomains($scope: ScopeInput, $asOf: Date, $history: Boolean!) {
  domainMatrix(scope: $scope, asOf: $asOf, history: $history) {
    areaId
    asOf
    domains
    actorCounts {
      domain
      actorCount
      partnerCount
    }
    cells {
      a
      b
      tieCount
      relations {
        id
        source
        target
        kind
        since
        until
      }
    }
  }
  boundarySpanners(scope: $scope, asOf: $asOf, history: $history) {
    actor {
      id
      name
      kind
    }
    degree
    crossDomainTieCount
    domainsLinked
  }
  network(scope: $scope, asOf: $asOf, history: $history) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WebDomainsQuery, WebDomainsQueryVariables>;
export const WebAreaReportDocument = new TypedDocumentString(`
    query WebAreaReport($areaId: ID!, $since: Date!, $language: Language!) {
  areaReport(areaId: $areaId, since: $since, language: $language) {
    fileName
    mediaType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<WebAreaReportQuery, WebAreaReportQueryVariables>;
export const WebGapsDocument = new TypedDocumentString(`
    query WebGaps($scope: ScopeInput, $asOf: Date, $history: Boolean!) {
  gaps(scope: $scope, asOf: $asOf, history: $history) {
    areaId
    asOf
    counts {
      kind
      count
    }
    gaps {
      id
      kind
      severity
      affectedCount
      domains
      targetGroups
      explanation {
        nl
        en
      }
      actors {
        id
        name
        kind
        formal
      }
      relations {
        id
        source
        target
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebGapsQuery, WebGapsQueryVariables>;
export const WebImportFilesDocument = new TypedDocumentString(`
    mutation WebImportFiles($files: [ImportFileInput!]!, $mapping: [ColumnChoiceInput!], $dryRun: Boolean!) {
  importFiles(files: $files, mapping: $mapping, dryRun: $dryRun) {
    applied
    problemCount
    actors {
      create
      update
      unchanged
    }
    relations {
      create
      update
      unchanged
    }
    problems {
      sheet
      row
      column
      value
      code
      params
    }
    sheets {
      sheet
      role
      rows
      columns {
        column
        property
      }
    }
    properties {
      role
      key
      labelNl
      labelEn
      required
    }
    summary {
      actors {
        created
        updated
        unchanged
      }
      relations {
        created
        updated
        unchanged
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebImportFilesMutation, WebImportFilesMutationVariables>;
export const WebImportMaxBytesDocument = new TypedDocumentString(`
    query WebImportMaxBytes {
  importMaxBytes
}
    `) as unknown as TypedDocumentString<WebImportMaxBytesQuery, WebImportMaxBytesQueryVariables>;
export const WebNeighbourhoodChoicesDocument = new TypedDocumentString(`
    query WebNeighbourhoodChoices($areaId: ID, $kinds: [NodeKind!]!) {
  neighbourhoods: actors(filter: {kinds: $kinds, areaId: $areaId}, limit: 500) {
    items {
      id
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<WebNeighbourhoodChoicesQuery, WebNeighbourhoodChoicesQueryVariables>;
export const WebScopeAreaDocument = new TypedDocumentString(`
    query WebScopeArea($id: ID!) {
  actor(id: $id) {
    id
    name
    kind
  }
}
    `) as unknown as TypedDocumentString<WebScopeAreaQuery, WebScopeAreaQueryVariables>;
export const WebNeighbourhoodDocument = new TypedDocumentString(`
    query WebNeighbourhood($scope: ScopeInput!, $neighbourhoodId: ID!, $asOf: Date, $history: Boolean!) {
  areaCoverage(areaId: $neighbourhoodId, asOf: $asOf, history: $history) {
    asOf
    domains {
      value
      actorCount
    }
    targetGroups {
      value
      actorCount
    }
    records {
      actors
      withoutDomains
      withoutTargetGroups
    }
  }
  gaps(scope: $scope, asOf: $asOf, history: $history) {
    gaps {
      id
      kind
      severity
      affectedCount
      explanation {
        nl
        en
      }
      actors {
        id
        name
      }
      relations {
        id
        source
        target
      }
    }
  }
  suggestCollaborations(
    neighbourhoodId: $neighbourhoodId
    asOf: $asOf
    history: $history
    limit: 10
  ) {
    relativeLikelihood
    value
    explanation {
      nl
      en
    }
    area {
      id
    }
    areaMissingDomains
    areaMissingTargetGroups
    from {
      id
      name
      kind
    }
    to {
      id
      name
      kind
    }
    gap {
      id
      kind
      explanation {
        nl
        en
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebNeighbourhoodQuery, WebNeighbourhoodQueryVariables>;
export const WebSurveyFormDocument = new TypedDocumentString(`
    query WebSurveyForm($token: String!) {
  surveyForm(token: $token) {
    roundTitle
    intro
    opensOn
    closesOn
    submittedAt
    draftSavedAt
    respondent {
      id
      name
      kind
    }
    actors {
      id
      name
      kind
    }
    outsideActors {
      id
      name
      kind
    }
    answer {
      contact {
        name
        email
        phone
        role
      }
      partners {
        partnerActorId
        relationKind
        direction
        level
        frequency
        value
        trust
        since
        note
        valueItems {
          INFLUENCE
          INVOLVEMENT
          RESOURCES
        }
        trustItems {
          RELIABLE
          MISSION
          OPEN
        }
        proposedActor {
          name
          kind
          place
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebSurveyFormQuery, WebSurveyFormQueryVariables>;
export const WebSurveySearchDocument = new TypedDocumentString(`
    query WebSurveySearch($token: String!, $text: String!) {
  surveySearch(token: $token, text: $text) {
    id
    name
    kind
  }
}
    `) as unknown as TypedDocumentString<WebSurveySearchQuery, WebSurveySearchQueryVariables>;
export const WebSaveSurveyDraftDocument = new TypedDocumentString(`
    mutation WebSaveSurveyDraft($token: String!, $answer: SurveyAnswerInput!) {
  saveSurveyDraft(token: $token, answer: $answer) {
    draftSavedAt
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<WebSaveSurveyDraftMutation, WebSaveSurveyDraftMutationVariables>;
export const WebSubmitSurveyAnswerDocument = new TypedDocumentString(`
    mutation WebSubmitSurveyAnswer($token: String!, $answer: SurveyAnswerInput!) {
  submitSurveyAnswer(token: $token, answer: $answer) {
    draftSavedAt
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<WebSubmitSurveyAnswerMutation, WebSubmitSurveyAnswerMutationVariables>;
export const WebSurveyRoundsDocument = new TypedDocumentString(`
    query WebSurveyRounds {
  surveyRounds {
    id
    title
    intro
    areaId
    projectId
    opensOn
    closesOn
    status
    createdAt
  }
}
    `) as unknown as TypedDocumentString<WebSurveyRoundsQuery, WebSurveyRoundsQueryVariables>;
export const WebCreateSurveyRoundDocument = new TypedDocumentString(`
    mutation WebCreateSurveyRound($input: NewSurveyRoundInput!) {
  createSurveyRound(input: $input) {
    round {
      id
      title
      intro
      areaId
      projectId
      opensOn
      closesOn
      status
      createdAt
    }
    links {
      actorId
      invitationId
      token
    }
  }
}
    `) as unknown as TypedDocumentString<WebCreateSurveyRoundMutation, WebCreateSurveyRoundMutationVariables>;
export const WebSurveyResultsDocument = new TypedDocumentString(`
    query WebSurveyResults($roundId: ID!) {
  surveyResults(roundId: $roundId) {
    round {
      id
      title
      intro
      areaId
      projectId
      opensOn
      closesOn
      status
      createdAt
    }
    invited
    answered
    responseRate
    respondents {
      invitationId
      actorId
      actorName
      actorKind
      submittedAt
      draftSavedAt
      lastSeenAt
      revoked
    }
    ties {
      key
      invitationId
      reporterActorId
      partnerActorId
      proposalId
      relationKind
      direction
      sourceActorId
      targetActorId
      level
      frequency
      value
      trust
      since
      acceptedRelationId
    }
    pairs {
      a
      b
      levelByA
      levelByB
      reciprocity
      reports
      tieKeys
      averageValue
      averageTrust
      averageValueItems {
        INFLUENCE
        INVOLVEMENT
        RESOURCES
      }
      averageTrustItems {
        RELIABLE
        MISSION
        OPEN
      }
    }
    actorScores {
      actorId
      averageValue
      averageTrust
      namedBy
      averageValueItems {
        INFLUENCE
        INVOLVEMENT
        RESOURCES
      }
      averageTrustItems {
        RELIABLE
        MISSION
        OPEN
      }
    }
    proposals {
      id
      name
      kind
      place
      reporterActorId
      actorId
    }
  }
}
    `) as unknown as TypedDocumentString<WebSurveyResultsQuery, WebSurveyResultsQueryVariables>;
export const WebSurveyActorNameDocument = new TypedDocumentString(`
    query WebSurveyActorName($id: ID!) {
  actor(id: $id) {
    id
    name
    kind
  }
}
    `) as unknown as TypedDocumentString<WebSurveyActorNameQuery, WebSurveyActorNameQueryVariables>;
export const WebRevokeSurveyLinkDocument = new TypedDocumentString(`
    mutation WebRevokeSurveyLink($roundId: ID!, $invitationId: ID!) {
  revokeSurveyLink(roundId: $roundId, invitationId: $invitationId)
}
    `) as unknown as TypedDocumentString<WebRevokeSurveyLinkMutation, WebRevokeSurveyLinkMutationVariables>;
export const WebReissueSurveyLinkDocument = new TypedDocumentString(`
    mutation WebReissueSurveyLink($roundId: ID!, $invitationId: ID!) {
  reissueSurveyLink(roundId: $roundId, invitationId: $invitationId) {
    actorId
    invitationId
    token
  }
}
    `) as unknown as TypedDocumentString<WebReissueSurveyLinkMutation, WebReissueSurveyLinkMutationVariables>;
export const WebAcceptSurveyTieDocument = new TypedDocumentString(`
    mutation WebAcceptSurveyTie($roundId: ID!, $key: String!) {
  acceptSurveyTie(roundId: $roundId, key: $key) {
    id
  }
}
    `) as unknown as TypedDocumentString<WebAcceptSurveyTieMutation, WebAcceptSurveyTieMutationVariables>;
export const WebAcceptSurveyTiesDocument = new TypedDocumentString(`
    mutation WebAcceptSurveyTies($roundId: ID!, $rule: SurveyAcceptRule!) {
  acceptSurveyTies(roundId: $roundId, rule: $rule) {
    accepted {
      id
    }
    skipped {
      key
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WebAcceptSurveyTiesMutation, WebAcceptSurveyTiesMutationVariables>;
export const WebCloseSurveyRoundDocument = new TypedDocumentString(`
    mutation WebCloseSurveyRound($roundId: ID!) {
  closeSurveyRound(roundId: $roundId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WebCloseSurveyRoundMutation, WebCloseSurveyRoundMutationVariables>;
export const WebExportSurveyAnswersDocument = new TypedDocumentString(`
    query WebExportSurveyAnswers($roundId: ID!, $language: Language!) {
  exportSurveyAnswers(roundId: $roundId, format: CSV, language: $language) {
    fileName
    mediaType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<WebExportSurveyAnswersQuery, WebExportSurveyAnswersQueryVariables>;
export const WebExportSurveyNetworkDocument = new TypedDocumentString(`
    query WebExportSurveyNetwork($roundId: ID!, $format: ExportFormat!, $language: Language!) {
  exportSurveyNetwork(roundId: $roundId, format: $format, language: $language) {
    fileName
    mediaType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<WebExportSurveyNetworkQuery, WebExportSurveyNetworkQueryVariables>;
export const WebSurveyAreaProjectsDocument = new TypedDocumentString(`
    query WebSurveyAreaProjects($areaId: ID!) {
  actors(filter: {areaId: $areaId, kinds: [Project]}, history: true, limit: 500) {
    items {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WebSurveyAreaProjectsQuery, WebSurveyAreaProjectsQueryVariables>;
export const WebApproveSurveyProposalDocument = new TypedDocumentString(`
    mutation WebApproveSurveyProposal($roundId: ID!, $proposalId: ID!) {
  approveSurveyProposal(roundId: $roundId, proposalId: $proposalId) {
    id
  }
}
    `) as unknown as TypedDocumentString<WebApproveSurveyProposalMutation, WebApproveSurveyProposalMutationVariables>;