/**
 * The one list of problem codes. Every validation issue and import problem carries one, with
 * `params`, so a client can say the same thing in its user's language; the English template here
 * is the precise text for developers (logs, GraphiQL, the CLI). A code is a promise to clients:
 * rename one only together with the web's messages (web/src/i18n/problem-messages.ts), which a
 * test keeps complete.
 *
 * Params are named in the templates as `{name}`; values that are schema names (kinds, properties)
 * stay codes, so a client shows them with graph-schema's labels.
 */
export const problemTemplates = {
  /** Fallback for issues raised before codes existed; clients show "invalid value" at the field. */
  invalid: 'is not valid',
  required: 'is required',
  wrongType: 'must be {expected}',
  empty: 'must not be empty',
  tooLong: 'must be at most {max} characters',
  invalidId: 'must be 1-{max} characters of letters, digits and . _ : @ -, starting with a letter or digit',
  invalidDate: 'must be a date as YYYY-MM-DD',
  notCalendarDate: 'is not a calendar date',
  unknownValue: 'unknown {property} "{value}"',
  unknownProperty: 'unknown property "{value}"',
  notANumber: '"{value}" is not a number',
  notPositive: 'must be greater than 0',
  tooLarge: 'must be at most {max}',
  endedWithoutUntil: 'is required when status is ENDED (the last day of the relation), unless one of its actors has a last day',
  sameEndpoints: 'must differ from source (no relation of an actor with itself)',
  untilBeforeSince: 'must not be before since ({since})',
  duplicateId: 'id "{id}" repeats {first}',
  notADocument: 'expected an object { "actors": [...], "relations": [...] }',
  unknownActor: 'no actor with id "{id}"',
  absentOnDay: '"{id}" does not exist on {day}; choose a day within its own since and until',
  endpointKinds: '{kind} cannot run from a {sourceKind} to a {targetKind}',
  kindChangeBreaksRelation: 'cannot change actor "{id}" to {kind}: relation {relation} would break',
  endClearBreaksRelation: 'cannot clear the last day of actor "{id}": relation {relation} is stored as ended and takes its end from it',
  notYesNo: '"{value}" is not yes or no; use ja/nee or yes/no',
  notADate: '"{value}" is not a date; use dd/mm/yyyy (31/12/2024) or yyyy-mm-dd',
  emptyCell: '{property} is empty; every actor needs a {property}',
  ambiguousName: '"{value}" is the name of {count} actors ({ids}); use the id instead',
  unknownReference: 'no actor with id or name "{value}" in the file or the store',
  duplicateRow: 'duplicate id "{id}": the same as row {row} of sheet {sheet}',
  cannotPlace: 'a {kind} cannot be placed in a {areaKind}; leave this cell empty',
  missingColumn: 'no column for {property}',
  mappingColumnUnknown: 'the mapping names a column that is not in this sheet (headers: {headers})',
  mappingPropertyUnknown: '"{value}" is not a property of {sheetRole}',
  sheetUnrecognised: 'these headers are neither actors nor relations: {headers}',
  noSheet: 'found no sheet of actors or of relations',
  invalidJson: 'is not valid JSON: it breaks at line {line}, column {column}',
  notAnArea: '"{id}" is a {kind}, not an area; pass the id of a care zone, municipality or neighbourhood',
  outOfRange: 'must be a whole number from {min} to {max}',
  invalidEmail: 'must be an e-mail address (name@domain.be)',
  noFiles: 'give at least one file',
  fileTooLarge: '{file} is larger than {max} MB; split it or use the CLI',
  jsonAlone: 'a .json document is imported on its own, without other files',
  unknownExtension: '{file} has an unknown extension; use .xlsx, .csv or .json',
  unreadableFile: '{file} is not a readable {format} file ({detail})',
  unpacksTooLarge: '{file} unpacks to more than {max} MB; split it into smaller files',
  tooManyZipEntries: '{file} holds more than {max} parts; save it again from Excel as .xlsx',
  tooManySheets: '{file} has more than {max} sheets; keep only the sheets to import',
  tooManyRows: '{file}: sheet {sheet} has more than {max} rows; split it into smaller files',
  tooManyColumns: '{file}: sheet {sheet} row {row} has a value beyond column {max}; remove the cells far to the right',
  tooManyCells: '{file} has more than {max} cells in all; split it into smaller files',
  cellTooLong: '{file}: sheet {sheet} cell {cell} holds more than {max} characters',
  sharedStringTooLong: '{file}: text number {index} of the workbook holds more than {max} characters',
  readOutOfMemory: '{file} needed more than {max} MB of memory to read; split it into smaller files',
  readTimedOut: '{file} took longer than {max} seconds to read; split it into smaller files',
  notBase64: 'the content of {file} is not base64',
  forbiddenCharacter: 'contains the control or invisible character {character} at position {position}; remove it',
  invisibleOnly: 'has only invisible characters; type visible text or leave it empty',
  notFiniteInRange: 'must be a number from {min} to {max}',
  userNameRule: 'must be 3-64 letters, digits and . _ @ -, starting with a letter or digit',
  passwordRule: 'must be {min} to {max} characters',
  roleRule: 'must be viewer, editor or admin',
  userNameTaken: 'a user named "{name}" exists already; choose another name',
  userIdTaken: 'a user with id "{id}" exists already',
  unknownUser: 'no user with id "{id}"',
  lastAdmin: 'is the last admin; make another user admin first',
  wrongCurrentPassword: 'is not your current password',
  afterToday: 'must not be after today ({today})',
  historyWithDate: 'cannot be given with history: true; ask for one day (asOf) or for every relation ever recorded (history)',
  queryTooCostly: 'costs {cost}, more than the limit of {max}; ask for fewer fields, smaller pages or fewer aliases',
  // Network surveys.
  partnerOrProposal: 'give either partnerActorId or proposedActor, not both or neither',
  areaOrProject: 'give either areaId or projectId, not both or neither',
  closesBeforeOpens: 'must not be before opensOn ({opensOn})',
  notAProject: '"{id}" is a {kind}, not a project; pass the id of a project',
  unknownSurveyRound: 'no survey round with id "{id}"',
  surveyRoundIdTaken: 'a survey round with id "{id}" exists already; choose another id',
  unknownInvitation: 'no invitation with id "{id}"',
  invitationTaken: 'invitation id or token "{id}" is in use already',
  duplicateInvitation: 'actor "{id}" is invited twice in this round',
  noInvitees: 'the round has no actors to invite; give actorIds or choose an area with actors',
  surveyLinkUnknown: 'this survey link is not valid; ask the organiser for a new link',
  surveyLinkRevoked: 'this survey link was withdrawn; ask the organiser for a new link',
  surveyNotOpenYet: 'the survey opens on {opensOn}; come back then',
  surveyClosed: 'the survey closed on {closesOn}; answers can no longer be changed',
  selfAsPartner: 'is the respondent itself; name the partners you work with',
  unknownReportedTie: 'no reported tie "{id}" in this round',
  unknownProposal: 'no proposed actor "{id}" waiting in this round',
  proposalNotApproved: 'names proposed actor "{id}", which is not approved yet; approve it first',
  itemRequired: 'answer at least one of the items (1-4), or give the single score',
  scoreAndItems: 'give either the items or the single score, not both',
  roundsNotComparable: 'rounds "{earlier}" and "{later}" survey different areas or projects; compare two rounds of the same one',
} as const;

export type ProblemCode = keyof typeof problemTemplates;
export const problemCodes = Object.keys(problemTemplates) as ProblemCode[];

/** Values of a problem's placeholders; numbers stay numbers so a client formats them in its locale. */
export type ProblemParams = Record<string, string | number>;

export function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === 'string' && Object.hasOwn(problemTemplates, value);
}

/** The English developer text of a code with its params filled (a missing param stays `{name}`). */
export function problemText(code: ProblemCode, params: ProblemParams = {}): string {
  return problemTemplates[code].replace(/\{(\w+)\}/g, (match, name: string) => (params[name] === undefined ? match : String(params[name])));
}

/**
 * The codes of whole-request errors (GraphQL `extensions.code`), as the API sets them; the web has a
 * message for each. Apollo's own codes (GRAPHQL_VALIDATION_FAILED, ...) are programming errors and
 * fall under INTERNAL_SERVER_ERROR's message.
 */
export const errorCodes = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'STORE_READ_ONLY',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof errorCodes)[number];
