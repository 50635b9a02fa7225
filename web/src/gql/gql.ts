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
    "\n  query WebRecommendPartners($actorId: ID!, $limit: Int!, $areaId: ID, $asOf: Date, $history: Boolean!, $ranking: RecommendRanking!) {\n    recommendPartners(actorId: $actorId, limit: $limit, areaId: $areaId, asOf: $asOf, history: $history, ranking: $ranking) {\n      actor { id kind name description formal domains targetGroups personalDataHidden boundary since until }\n      score\n      relativeLikelihood\n      value\n      explanation { nl en }\n      likelihoodExplanation { nl en }\n      valueExplanation { nl en }\n      area { id name }\n      asOf\n      areaMissingDomains\n      areaMissingTargetGroups\n      newDomains\n      sharedPartners { id name }\n    }\n    regionCommunity(actorId: $actorId, asOf: $asOf, history: $history)\n  }\n": typeof types.WebRecommendPartnersDocument,
    "\n  mutation WebAcceptSuggestion($source: ID!, $target: ID!) {\n    acceptSuggestion(source: $source, target: $target) { id kind source target since until weight status note }\n  }\n": typeof types.WebAcceptSuggestionDocument,
    "\n  query WebAreaOverview($scope: ScopeInput, $asOf: Date, $history: Boolean!) {\n    areaOverview(scope: $scope, asOf: $asOf, history: $history) {\n      childKind actors unplaced\n      areas { id name kind actors }\n      ties { source target ties }\n      tiesWithin\n    }\n  }\n": typeof types.WebAreaOverviewDocument,
    "\n  query WebAreaPlacement($id: ID!) {\n    actor(id: $id) {\n      id kind name\n      relations { kind source target status }\n    }\n  }\n": typeof types.WebAreaPlacementDocument,
    "query WebMe { me { id name role } }": typeof types.WebMeDocument,
    "\n  mutation WebLogin($name: String!, $password: String!) { login(name: $name, password: $password) { id name role } }\n": typeof types.WebLoginDocument,
    "mutation WebLogout { logout }": typeof types.WebLogoutDocument,
    "mutation WebLogoutEverywhere { logoutEverywhere }": typeof types.WebLogoutEverywhereDocument,
    "\n  mutation WebUpsertActor($input: ActorInput!) {\n    upsertActor(input: $input) { id kind name description formal domains targetGroups personalDataHidden since until }\n  }\n": typeof types.WebUpsertActorDocument,
    "\n  query WebActorContact($id: ID!) {\n    actor(id: $id) { contact { email phone website address person } }\n  }\n": typeof types.WebActorContactDocument,
    "\n  mutation WebDeleteActor($id: ID!) { deleteActor(id: $id) }\n": typeof types.WebDeleteActorDocument,
    "\n  mutation WebUpsertRelation($input: RelationInput!) {\n    upsertRelation(input: $input) { id kind source target since until weight status note }\n  }\n": typeof types.WebUpsertRelationDocument,
    "\n  mutation WebDeleteRelation($id: ID!) { deleteRelation(id: $id) }\n": typeof types.WebDeleteRelationDocument,
    "\n  query WebExportGraph { exportGraph }\n": typeof types.WebExportGraphDocument,
    "\n  query WebExportNetwork($format: ExportFormat!, $areaId: ID, $asOf: Date, $history: Boolean!, $language: Language!) {\n    exportNetwork(format: $format, areaId: $areaId, asOf: $asOf, history: $history, language: $language) { fileName mediaType contentBase64 }\n  }\n": typeof types.WebExportNetworkDocument,
    "\n  query WebNetwork($scope: ScopeInput, $asOf: Date, $history: Boolean!) {\n    network(scope: $scope, asOf: $asOf, history: $history) {\n      areaId areaKind asOf\n      nodes { id kind name description formal domains targetGroups personalDataHidden boundary since until }\n      relations { id kind source target since until weight status note }\n    }\n  }\n": typeof types.WebNetworkDocument,
    "\n  query WebEgoNetwork($actorId: ID!, $asOf: Date, $history: Boolean!) {\n    egoNetwork(actorId: $actorId, asOf: $asOf, history: $history, depth: 1) {\n      areaId areaKind asOf\n      nodes { id kind name description formal domains targetGroups personalDataHidden boundary since until }\n      relations { id kind source target since until weight status note }\n    }\n  }\n": typeof types.WebEgoNetworkDocument,
    "\n  query WebMetrics($scope: ScopeInput, $asOf: Date, $history: Boolean!) {\n    networkMetrics(scope: $scope, asOf: $asOf, history: $history) {\n      actors { actor { id } degree betweenness pagerank closeness community articulationPoint }\n      summary { actorCount tieCount communityCount approximate }\n    }\n  }\n": typeof types.WebMetricsDocument,
    "\n  query WebNetworkLayout($scope: ScopeInput, $asOf: Date, $history: Boolean!, $minElements: Int!) {\n    networkLayout(scope: $scope, asOf: $asOf, history: $history, minElements: $minElements) {\n      computed\n      positions { actorId x y }\n    }\n  }\n": typeof types.WebNetworkLayoutDocument,
    "\n  mutation WebSaveLayout($scope: ScopeInput, $positions: [ActorPositionInput!]!, $replace: Boolean!) {\n    saveLayout(scope: $scope, positions: $positions, replace: $replace)\n  }\n": typeof types.WebSaveLayoutDocument,
    "\n  mutation WebResetLayout($scope: ScopeInput) {\n    resetLayout(scope: $scope)\n  }\n": typeof types.WebResetLayoutDocument,
    "\n  query WebActorsOfKinds($kinds: [NodeKind!], $limit: Int!) {\n    actors(filter: { kinds: $kinds }, limit: $limit) { items { id kind name } total }\n  }\n": typeof types.WebActorsOfKindsDocument,
    "\n  query WebSearch($text: String!, $limit: Int!) {\n    search(text: $text, limit: $limit) { id kind name }\n  }\n": typeof types.WebSearchDocument,
    "\n  query WebComparisonRounds { surveyRounds { id title areaId projectId opensOn status createdAt } }\n": typeof types.WebComparisonRoundsDocument,
    "\n  query WebCompareSurveyRounds($earlier: ID!, $later: ID!) {\n    compareSurveyRounds(earlierRoundId: $earlier, laterRoundId: $later) {\n      earlier { roundId invited answered pairs density isolatedActorIds crossDomainPairs averageValue averageTrust }\n      later { roundId invited answered pairs density isolatedActorIds crossDomainPairs averageValue averageTrust }\n      newPairs keptPairs lostPairs\n    }\n    earlierResults: surveyResults(roundId: $earlier) { respondents { actorId actorName } }\n    laterResults: surveyResults(roundId: $later) { respondents { actorId actorName } }\n  }\n": typeof types.WebCompareSurveyRoundsDocument,
    "\n  query WebComparisonActor($id: ID!) { actor(id: $id) { id name } }\n": typeof types.WebComparisonActorDocument,
    "\n  mutation WebChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { id name role }\n  }\n": typeof types.WebChangePasswordDocument,
    "\n  query WebUsers { users { id name role createdAt updatedAt } }\n": typeof types.WebUsersDocument,
    "\n  mutation WebCreateUser($input: NewUserInput!) { createUser(input: $input) { password user { id name role createdAt updatedAt } } }\n": typeof types.WebCreateUserDocument,
    "\n  mutation WebUpdateUser($id: ID!, $changes: UserChangesInput!) { updateUser(id: $id, changes: $changes) { id name role createdAt updatedAt } }\n": typeof types.WebUpdateUserDocument,
    "\n  mutation WebDeleteUser($id: ID!) { deleteUser(id: $id) }\n": typeof types.WebDeleteUserDocument,
    "\n  query WebAuditLog($filter: AuditFilter, $offset: Int!, $limit: Int!) {\n    auditLog(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items { id at userId userName operation targetType targetId before after }\n    }\n  }\n": typeof types.WebAuditLogDocument,
    "\n  query WebChanges($scope: ScopeInput, $from: Date!, $to: Date!) {\n    networkChanges(scope: $scope, from: $from, to: $to) {\n      from to\n      tiesAdded { id source target kind since until }\n      tiesEnded { id source target kind since until }\n      latestTieStart\n      actorsJoined { id name kind }\n      actorsLeft { id name kind }\n      deltas { metric before after change }\n      actorChanges { actor { id name kind } degreeBefore degreeAfter betweennessBefore betweennessAfter }\n    }\n    network(scope: $scope) { nodes { id name } }\n  }\n": typeof types.WebChangesDocument,
    "\n  query WebDomains($scope: ScopeInput, $asOf: Date, $history: Boolean!) {\n    domainMatrix(scope: $scope, asOf: $asOf, history: $history) {\n      areaId asOf domains\n      actorCounts { domain actorCount partnerCount }\n      cells { a b tieCount relations { id source target kind since until } }\n    }\n    boundarySpanners(scope: $scope, asOf: $asOf, history: $history) {\n      actor { id name kind }\n      degree crossDomainTieCount domainsLinked\n    }\n    network(scope: $scope, asOf: $asOf, history: $history) { nodes { id name } }\n  }\n": typeof types.WebDomainsDocument,
    "\n  query WebAreaReport($areaId: ID!, $since: Date!, $language: Language!) {\n    areaReport(areaId: $areaId, since: $since, language: $language) { fileName mediaType contentBase64 }\n  }\n": typeof types.WebAreaReportDocument,
    "\n  query WebGaps($scope: ScopeInput, $asOf: Date, $history: Boolean!) {\n    gaps(scope: $scope, asOf: $asOf, history: $history) {\n      areaId asOf\n      counts { kind count }\n      gaps {\n        id kind severity affectedCount domains targetGroups\n        explanation { nl en }\n        actors { id name kind formal }\n        relations { id source target kind }\n      }\n    }\n  }\n": typeof types.WebGapsDocument,
    "\n  mutation WebImportFiles($files: [ImportFileInput!]!, $mapping: [ColumnChoiceInput!], $dryRun: Boolean!) {\n    importFiles(files: $files, mapping: $mapping, dryRun: $dryRun) {\n      applied\n      problemCount\n      actors { create update unchanged }\n      relations { create update unchanged }\n      problems { sheet row column value code params }\n      sheets { sheet role rows columns { column property } }\n      properties { role key labelNl labelEn required }\n      summary {\n        actors { created updated unchanged }\n        relations { created updated unchanged }\n      }\n    }\n  }\n": typeof types.WebImportFilesDocument,
    "\n  query WebImportMaxBytes {\n    importMaxBytes\n  }\n": typeof types.WebImportMaxBytesDocument,
    "\n  query WebNeighbourhoodChoices($areaId: ID, $kinds: [NodeKind!]!) {\n    neighbourhoods: actors(filter: { kinds: $kinds, areaId: $areaId }, limit: 500) { items { id name kind } }\n  }\n": typeof types.WebNeighbourhoodChoicesDocument,
    "\n  query WebScopeArea($id: ID!) {\n    actor(id: $id) { id name kind }\n  }\n": typeof types.WebScopeAreaDocument,
    "\n  query WebNeighbourhood($scope: ScopeInput!, $neighbourhoodId: ID!, $asOf: Date, $history: Boolean!) {\n    areaCoverage(areaId: $neighbourhoodId, asOf: $asOf, history: $history) {\n      asOf\n      domains { value actorCount }\n      targetGroups { value actorCount }\n      records { actors withoutDomains withoutTargetGroups }\n    }\n    gaps(scope: $scope, asOf: $asOf, history: $history) {\n      gaps {\n        id kind severity affectedCount\n        explanation { nl en }\n        actors { id name }\n        relations { id source target }\n      }\n    }\n    suggestCollaborations(neighbourhoodId: $neighbourhoodId, asOf: $asOf, history: $history, limit: 10) {\n      relativeLikelihood\n      value\n      explanation { nl en }\n      area { id }\n      areaMissingDomains\n      areaMissingTargetGroups\n      from { id name kind }\n      to { id name kind }\n      gap { id kind explanation { nl en } }\n    }\n  }\n": typeof types.WebNeighbourhoodDocument,
    "\n  query WebSurveyForm($token: String!) {\n    surveyForm(token: $token) {\n      roundTitle intro opensOn closesOn submittedAt draftSavedAt\n      respondent { id name kind }\n      actors { id name kind }\n      outsideActors { id name kind }\n      answer {\n        contact { name email phone role }\n        partners {\n          partnerActorId relationKind direction level frequency value trust since note\n          valueItems { INFLUENCE INVOLVEMENT RESOURCES }\n          trustItems { RELIABLE MISSION OPEN }\n          proposedActor { name kind place }\n        }\n      }\n    }\n  }\n": typeof types.WebSurveyFormDocument,
    "\n  query WebSurveySearch($token: String!, $text: String!) { surveySearch(token: $token, text: $text) { id name kind } }\n": typeof types.WebSurveySearchDocument,
    "\n  mutation WebSaveSurveyDraft($token: String!, $answer: SurveyAnswerInput!) { saveSurveyDraft(token: $token, answer: $answer) { draftSavedAt submittedAt } }\n": typeof types.WebSaveSurveyDraftDocument,
    "\n  mutation WebSubmitSurveyAnswer($token: String!, $answer: SurveyAnswerInput!) { submitSurveyAnswer(token: $token, answer: $answer) { draftSavedAt submittedAt } }\n": typeof types.WebSubmitSurveyAnswerDocument,
    "\n  query WebSurveyRounds { surveyRounds { id title intro areaId projectId opensOn closesOn status createdAt } }\n": typeof types.WebSurveyRoundsDocument,
    "\n  mutation WebCreateSurveyRound($input: NewSurveyRoundInput!) {\n    createSurveyRound(input: $input) { round { id title intro areaId projectId opensOn closesOn status createdAt } links { actorId invitationId token } }\n  }\n": typeof types.WebCreateSurveyRoundDocument,
    "\n  query WebSurveyResults($roundId: ID!) {\n    surveyResults(roundId: $roundId) {\n      round { id title intro areaId projectId opensOn closesOn status createdAt }\n      invited answered responseRate\n      respondents { invitationId actorId actorName actorKind submittedAt draftSavedAt lastSeenAt revoked }\n      ties { key invitationId reporterActorId partnerActorId proposalId relationKind direction sourceActorId targetActorId level frequency value trust since acceptedRelationId }\n      pairs {\n        a b levelByA levelByB reciprocity reports tieKeys averageValue averageTrust\n        averageValueItems { INFLUENCE INVOLVEMENT RESOURCES }\n        averageTrustItems { RELIABLE MISSION OPEN }\n      }\n      actorScores {\n        actorId averageValue averageTrust namedBy\n        averageValueItems { INFLUENCE INVOLVEMENT RESOURCES }\n        averageTrustItems { RELIABLE MISSION OPEN }\n      }\n      proposals { id name kind place reporterActorId actorId }\n    }\n  }\n": typeof types.WebSurveyResultsDocument,
    "\n  query WebSurveyActorName($id: ID!) { actor(id: $id) { id name kind } }\n": typeof types.WebSurveyActorNameDocument,
    "\n  mutation WebRevokeSurveyLink($roundId: ID!, $invitationId: ID!) { revokeSurveyLink(roundId: $roundId, invitationId: $invitationId) }\n": typeof types.WebRevokeSurveyLinkDocument,
    "\n  mutation WebReissueSurveyLink($roundId: ID!, $invitationId: ID!) { reissueSurveyLink(roundId: $roundId, invitationId: $invitationId) { actorId invitationId token } }\n": typeof types.WebReissueSurveyLinkDocument,
    "\n  mutation WebAcceptSurveyTie($roundId: ID!, $key: String!) { acceptSurveyTie(roundId: $roundId, key: $key) { id } }\n": typeof types.WebAcceptSurveyTieDocument,
    "\n  mutation WebAcceptSurveyTies($roundId: ID!, $rule: SurveyAcceptRule!) { acceptSurveyTies(roundId: $roundId, rule: $rule) { accepted { id } skipped { key code } } }\n": typeof types.WebAcceptSurveyTiesDocument,
    "\n  mutation WebCloseSurveyRound($roundId: ID!) { closeSurveyRound(roundId: $roundId) { id status } }\n": typeof types.WebCloseSurveyRoundDocument,
    "\n  query WebExportSurveyAnswers($roundId: ID!, $language: Language!) { exportSurveyAnswers(roundId: $roundId, format: CSV, language: $language) { fileName mediaType contentBase64 } }\n": typeof types.WebExportSurveyAnswersDocument,
    "\n  query WebExportSurveyNetwork($roundId: ID!, $format: ExportFormat!, $language: Language!) {\n    exportSurveyNetwork(roundId: $roundId, format: $format, language: $language) { fileName mediaType contentBase64 }\n  }\n": typeof types.WebExportSurveyNetworkDocument,
    "\n  query WebSurveyAreaProjects($areaId: ID!) { actors(filter: { areaId: $areaId, kinds: [Project] }, history: true, limit: 500) { items { id name } } }\n": typeof types.WebSurveyAreaProjectsDocument,
    "\n  mutation WebApproveSurveyProposal($roundId: ID!, $proposalId: ID!) { approveSurveyProposal(roundId: $roundId, proposalId: $proposalId) { id } }\n": typeof types.WebApproveSurveyProposalDocument,
};
const documents: Documents = {
    "\n  query WebRecommendPartners($actorId: ID!, $limit: Int!, $areaId: ID, $asOf: Date, $history: Boolean!, $ranking: RecommendRanking!) {\n    recommendPartners(actorId: $actorId, limit: $limit, areaId: $areaId, asOf: $asOf, history: $history, ranking: $ranking) {\n      actor { id kind name description formal domains targetGroups personalDataHidden boundary since until }\n      score\n      relativeLikelihood\n      value\n      explanation { nl en }\n      likelihoodExplanation { nl en }\n      valueExplanation { nl en }\n      area { id name }\n      asOf\n      areaMissingDomains\n      areaMissingTargetGroups\n      newDomains\n      sharedPartners { id name }\n    }\n    regionCommunity(actorId: $actorId, asOf: $asOf, history: $history)\n  }\n": types.WebRecommendPartnersDocument,
    "\n  mutation WebAcceptSuggestion($source: ID!, $target: ID!) {\n    acceptSuggestion(source: $source, target: $target) { id kind source target since until weight status note }\n  }\n": types.WebAcceptSuggestionDocument,
    "\n  query WebAreaOverview($scope: ScopeInput, $asOf: Date, $history: Boolean!) {\n    areaOverview(scope: $scope, asOf: $asOf, history: $history) {\n      childKind actors unplaced\n      areas { id name kind actors }\n      ties { source target ties }\n      tiesWithin\n    }\n  }\n": types.WebAreaOverviewDocument,
    "\n  query WebAreaPlacement($id: ID!) {\n    actor(id: $id) {\n      id kind name\n      relations { kind source target status }\n    }\n  }\n": types.WebAreaPlacementDocument,
    "query WebMe { me { id name role } }": types.WebMeDocument,
    "\n  mutation WebLogin($name: String!, $password: String!) { login(name: $name, password: $password) { id name role } }\n": types.WebLoginDocument,
    "mutation WebLogout { logout }": types.WebLogoutDocument,
    "mutation WebLogoutEverywhere { logoutEverywhere }": types.WebLogoutEverywhereDocument,
    "\n  mutation WebUpsertActor($input: ActorInput!) {\n    upsertActor(input: $input) { id kind name description formal domains targetGroups personalDataHidden since until }\n  }\n": types.WebUpsertActorDocument,
    "\n  query WebActorContact($id: ID!) {\n    actor(id: $id) { contact { email phone website address person } }\n  }\n": types.WebActorContactDocument,
    "\n  mutation WebDeleteActor($id: ID!) { deleteActor(id: $id) }\n": types.WebDeleteActorDocument,
    "\n  mutation WebUpsertRelation($input: RelationInput!) {\n    upsertRelation(input: $input) { id kind source target since until weight status note }\n  }\n": types.WebUpsertRelationDocument,
    "\n  mutation WebDeleteRelation($id: ID!) { deleteRelation(id: $id) }\n": types.WebDeleteRelationDocument,
    "\n  query WebExportGraph { exportGraph }\n": types.WebExportGraphDocument,
    "\n  query WebExportNetwork($format: ExportFormat!, $areaId: ID, $asOf: Date, $history: Boolean!, $language: Language!) {\n    exportNetwork(format: $format, areaId: $areaId, asOf: $asOf, history: $history, language: $language) { fileName mediaType contentBase64 }\n  }\n": types.WebExportNetworkDocument,
    "\n  query WebNetwork($scope: ScopeInput, $asOf: Date, $history: Boolean!) {\n    network(scope: $scope, asOf: $asOf, history: $history) {\n      areaId areaKind asOf\n      nodes { id kind name description formal domains targetGroups personalDataHidden boundary since until }\n      relations { id kind source target since until weight status note }\n    }\n  }\n": types.WebNetworkDocument,
    "\n  query WebEgoNetwork($actorId: ID!, $asOf: Date, $history: Boolean!) {\n    egoNetwork(actorId: $actorId, asOf: $asOf, history: $history, depth: 1) {\n      areaId areaKind asOf\n      nodes { id kind name description formal domains targetGroups personalDataHidden boundary since until }\n      relations { id kind source target since until weight status note }\n    }\n  }\n": types.WebEgoNetworkDocument,
    "\n  query WebMetrics($scope: ScopeInput, $asOf: Date, $history: Boolean!) {\n    networkMetrics(scope: $scope, asOf: $asOf, history: $history) {\n      actors { actor { id } degree betweenness pagerank closeness community articulationPoint }\n      summary { actorCount tieCount communityCount approximate }\n    }\n  }\n": types.WebMetricsDocument,
    "\n  query WebNetworkLayout($scope: ScopeInput, $asOf: Date, $history: Boolean!, $minElements: Int!) {\n    networkLayout(scope: $scope, asOf: $asOf, history: $history, minElements: $minElements) {\n      computed\n      positions { actorId x y }\n    }\n  }\n": types.WebNetworkLayoutDocument,
    "\n  mutation WebSaveLayout($scope: ScopeInput, $positions: [ActorPositionInput!]!, $replace: Boolean!) {\n    saveLayout(scope: $scope, positions: $positions, replace: $replace)\n  }\n": types.WebSaveLayoutDocument,
    "\n  mutation WebResetLayout($scope: ScopeInput) {\n    resetLayout(scope: $scope)\n  }\n": types.WebResetLayoutDocument,
    "\n  query WebActorsOfKinds($kinds: [NodeKind!], $limit: Int!) {\n    actors(filter: { kinds: $kinds }, limit: $limit) { items { id kind name } total }\n  }\n": types.WebActorsOfKindsDocument,
    "\n  query WebSearch($text: String!, $limit: Int!) {\n    search(text: $text, limit: $limit) { id kind name }\n  }\n": types.WebSearchDocument,
    "\n  query WebComparisonRounds { surveyRounds { id title areaId projectId opensOn status createdAt } }\n": types.WebComparisonRoundsDocument,
    "\n  query WebCompareSurveyRounds($earlier: ID!, $later: ID!) {\n    compareSurveyRounds(earlierRoundId: $earlier, laterRoundId: $later) {\n      earlier { roundId invited answered pairs density isolatedActorIds crossDomainPairs averageValue averageTrust }\n      later { roundId invited answered pairs density isolatedActorIds crossDomainPairs averageValue averageTrust }\n      newPairs keptPairs lostPairs\n    }\n    earlierResults: surveyResults(roundId: $earlier) { respondents { actorId actorName } }\n    laterResults: surveyResults(roundId: $later) { respondents { actorId actorName } }\n  }\n": types.WebCompareSurveyRoundsDocument,
    "\n  query WebComparisonActor($id: ID!) { actor(id: $id) { id name } }\n": types.WebComparisonActorDocument,
    "\n  mutation WebChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { id name role }\n  }\n": types.WebChangePasswordDocument,
    "\n  query WebUsers { users { id name role createdAt updatedAt } }\n": types.WebUsersDocument,
    "\n  mutation WebCreateUser($input: NewUserInput!) { createUser(input: $input) { password user { id name role createdAt updatedAt } } }\n": types.WebCreateUserDocument,
    "\n  mutation WebUpdateUser($id: ID!, $changes: UserChangesInput!) { updateUser(id: $id, changes: $changes) { id name role createdAt updatedAt } }\n": types.WebUpdateUserDocument,
    "\n  mutation WebDeleteUser($id: ID!) { deleteUser(id: $id) }\n": types.WebDeleteUserDocument,
    "\n  query WebAuditLog($filter: AuditFilter, $offset: Int!, $limit: Int!) {\n    auditLog(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items { id at userId userName operation targetType targetId before after }\n    }\n  }\n": types.WebAuditLogDocument,
    "\n  query WebChanges($scope: ScopeInput, $from: Date!, $to: Date!) {\n    networkChanges(scope: $scope, from: $from, to: $to) {\n      from to\n      tiesAdded { id source target kind since until }\n      tiesEnded { id source target kind since until }\n      latestTieStart\n      actorsJoined { id name kind }\n      actorsLeft { id name kind }\n      deltas { metric before after change }\n      actorChanges { actor { id name kind } degreeBefore degreeAfter betweennessBefore betweennessAfter }\n    }\n    network(scope: $scope) { nodes { id name } }\n  }\n": types.WebChangesDocument,
    "\n  query WebDomains($scope: ScopeInput, $asOf: Date, $history: Boolean!) {\n    domainMatrix(scope: $scope, asOf: $asOf, history: $history) {\n      areaId asOf domains\n      actorCounts { domain actorCount partnerCount }\n      cells { a b tieCount relations { id source target kind since until } }\n    }\n    boundarySpanners(scope: $scope, asOf: $asOf, history: $history) {\n      actor { id name kind }\n      degree crossDomainTieCount domainsLinked\n    }\n    network(scope: $scope, asOf: $asOf, history: $history) { nodes { id name } }\n  }\n": types.WebDomainsDocument,
    "\n  query WebAreaReport($areaId: ID!, $since: Date!, $language: Language!) {\n    areaReport(areaId: $areaId, since: $since, language: $language) { fileName mediaType contentBase64 }\n  }\n": types.WebAreaReportDocument,
    "\n  query WebGaps($scope: ScopeInput, $asOf: Date, $history: Boolean!) {\n    gaps(scope: $scope, asOf: $asOf, history: $history) {\n      areaId asOf\n      counts { kind count }\n      gaps {\n        id kind severity affectedCount domains targetGroups\n        explanation { nl en }\n        actors { id name kind formal }\n        relations { id source target kind }\n      }\n    }\n  }\n": types.WebGapsDocument,
    "\n  mutation WebImportFiles($files: [ImportFileInput!]!, $mapping: [ColumnChoiceInput!], $dryRun: Boolean!) {\n    importFiles(files: $files, mapping: $mapping, dryRun: $dryRun) {\n      applied\n      problemCount\n      actors { create update unchanged }\n      relations { create update unchanged }\n      problems { sheet row column value code params }\n      sheets { sheet role rows columns { column property } }\n      properties { role key labelNl labelEn required }\n      summary {\n        actors { created updated unchanged }\n        relations { created updated unchanged }\n      }\n    }\n  }\n": types.WebImportFilesDocument,
    "\n  query WebImportMaxBytes {\n    importMaxBytes\n  }\n": types.WebImportMaxBytesDocument,
    "\n  query WebNeighbourhoodChoices($areaId: ID, $kinds: [NodeKind!]!) {\n    neighbourhoods: actors(filter: { kinds: $kinds, areaId: $areaId }, limit: 500) { items { id name kind } }\n  }\n": types.WebNeighbourhoodChoicesDocument,
    "\n  query WebScopeArea($id: ID!) {\n    actor(id: $id) { id name kind }\n  }\n": types.WebScopeAreaDocument,
    "\n  query WebNeighbourhood($scope: ScopeInput!, $neighbourhoodId: ID!, $asOf: Date, $history: Boolean!) {\n    areaCoverage(areaId: $neighbourhoodId, asOf: $asOf, history: $history) {\n      asOf\n      domains { value actorCount }\n      targetGroups { value actorCount }\n      records { actors withoutDomains withoutTargetGroups }\n    }\n    gaps(scope: $scope, asOf: $asOf, history: $history) {\n      gaps {\n        id kind severity affectedCount\n        explanation { nl en }\n        actors { id name }\n        relations { id source target }\n      }\n    }\n    suggestCollaborations(neighbourhoodId: $neighbourhoodId, asOf: $asOf, history: $history, limit: 10) {\n      relativeLikelihood\n      value\n      explanation { nl en }\n      area { id }\n      areaMissingDomains\n      areaMissingTargetGroups\n      from { id name kind }\n      to { id name kind }\n      gap { id kind explanation { nl en } }\n    }\n  }\n": types.WebNeighbourhoodDocument,
    "\n  query WebSurveyForm($token: String!) {\n    surveyForm(token: $token) {\n      roundTitle intro opensOn closesOn submittedAt draftSavedAt\n      respondent { id name kind }\n      actors { id name kind }\n      outsideActors { id name kind }\n      answer {\n        contact { name email phone role }\n        partners {\n          partnerActorId relationKind direction level frequency value trust since note\n          valueItems { INFLUENCE INVOLVEMENT RESOURCES }\n          trustItems { RELIABLE MISSION OPEN }\n          proposedActor { name kind place }\n        }\n      }\n    }\n  }\n": types.WebSurveyFormDocument,
    "\n  query WebSurveySearch($token: String!, $text: String!) { surveySearch(token: $token, text: $text) { id name kind } }\n": types.WebSurveySearchDocument,
    "\n  mutation WebSaveSurveyDraft($token: String!, $answer: SurveyAnswerInput!) { saveSurveyDraft(token: $token, answer: $answer) { draftSavedAt submittedAt } }\n": types.WebSaveSurveyDraftDocument,
    "\n  mutation WebSubmitSurveyAnswer($token: String!, $answer: SurveyAnswerInput!) { submitSurveyAnswer(token: $token, answer: $answer) { draftSavedAt submittedAt } }\n": types.WebSubmitSurveyAnswerDocument,
    "\n  query WebSurveyRounds { surveyRounds { id title intro areaId projectId opensOn closesOn status createdAt } }\n": types.WebSurveyRoundsDocument,
    "\n  mutation WebCreateSurveyRound($input: NewSurveyRoundInput!) {\n    createSurveyRound(input: $input) { round { id title intro areaId projectId opensOn closesOn status createdAt } links { actorId invitationId token } }\n  }\n": types.WebCreateSurveyRoundDocument,
    "\n  query WebSurveyResults($roundId: ID!) {\n    surveyResults(roundId: $roundId) {\n      round { id title intro areaId projectId opensOn closesOn status createdAt }\n      invited answered responseRate\n      respondents { invitationId actorId actorName actorKind submittedAt draftSavedAt lastSeenAt revoked }\n      ties { key invitationId reporterActorId partnerActorId proposalId relationKind direction sourceActorId targetActorId level frequency value trust since acceptedRelationId }\n      pairs {\n        a b levelByA levelByB reciprocity reports tieKeys averageValue averageTrust\n        averageValueItems { INFLUENCE INVOLVEMENT RESOURCES }\n        averageTrustItems { RELIABLE MISSION OPEN }\n      }\n      actorScores {\n        actorId averageValue averageTrust namedBy\n        averageValueItems { INFLUENCE INVOLVEMENT RESOURCES }\n        averageTrustItems { RELIABLE MISSION OPEN }\n      }\n      proposals { id name kind place reporterActorId actorId }\n    }\n  }\n": types.WebSurveyResultsDocument,
    "\n  query WebSurveyActorName($id: ID!) { actor(id: $id) { id name kind } }\n": types.WebSurveyActorNameDocument,
    "\n  mutation WebRevokeSurveyLink($roundId: ID!, $invitationId: ID!) { revokeSurveyLink(roundId: $roundId, invitationId: $invitationId) }\n": types.WebRevokeSurveyLinkDocument,
    "\n  mutation WebReissueSurveyLink($roundId: ID!, $invitationId: ID!) { reissueSurveyLink(roundId: $roundId, invitationId: $invitationId) { actorId invitationId token } }\n": types.WebReissueSurveyLinkDocument,
    "\n  mutation WebAcceptSurveyTie($roundId: ID!, $key: String!) { acceptSurveyTie(roundId: $roundId, key: $key) { id } }\n": types.WebAcceptSurveyTieDocument,
    "\n  mutation WebAcceptSurveyTies($roundId: ID!, $rule: SurveyAcceptRule!) { acceptSurveyTies(roundId: $roundId, rule: $rule) { accepted { id } skipped { key code } } }\n": types.WebAcceptSurveyTiesDocument,
    "\n  mutation WebCloseSurveyRound($roundId: ID!) { closeSurveyRound(roundId: $roundId) { id status } }\n": types.WebCloseSurveyRoundDocument,
    "\n  query WebExportSurveyAnswers($roundId: ID!, $language: Language!) { exportSurveyAnswers(roundId: $roundId, format: CSV, language: $language) { fileName mediaType contentBase64 } }\n": types.WebExportSurveyAnswersDocument,
    "\n  query WebExportSurveyNetwork($roundId: ID!, $format: ExportFormat!, $language: Language!) {\n    exportSurveyNetwork(roundId: $roundId, format: $format, language: $language) { fileName mediaType contentBase64 }\n  }\n": types.WebExportSurveyNetworkDocument,
    "\n  query WebSurveyAreaProjects($areaId: ID!) { actors(filter: { areaId: $areaId, kinds: [Project] }, history: true, limit: 500) { items { id name } } }\n": types.WebSurveyAreaProjectsDocument,
    "\n  mutation WebApproveSurveyProposal($roundId: ID!, $proposalId: ID!) { approveSurveyProposal(roundId: $roundId, proposalId: $proposalId) { id } }\n": types.WebApproveSurveyProposalDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebRecommendPartners($actorId: ID!, $limit: Int!, $areaId: ID, $asOf: Date, $history: Boolean!, $ranking: RecommendRanking!) {\n    recommendPartners(actorId: $actorId, limit: $limit, areaId: $areaId, asOf: $asOf, history: $history, ranking: $ranking) {\n      actor { id kind name description formal domains targetGroups personalDataHidden boundary since until }\n      score\n      relativeLikelihood\n      value\n      explanation { nl en }\n      likelihoodExplanation { nl en }\n      valueExplanation { nl en }\n      area { id name }\n      asOf\n      areaMissingDomains\n      areaMissingTargetGroups\n      newDomains\n      sharedPartners { id name }\n    }\n    regionCommunity(actorId: $actorId, asOf: $asOf, history: $history)\n  }\n"): typeof import('./graphql').WebRecommendPartnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebAcceptSuggestion($source: ID!, $target: ID!) {\n    acceptSuggestion(source: $source, target: $target) { id kind source target since until weight status note }\n  }\n"): typeof import('./graphql').WebAcceptSuggestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebAreaOverview($scope: ScopeInput, $asOf: Date, $history: Boolean!) {\n    areaOverview(scope: $scope, asOf: $asOf, history: $history) {\n      childKind actors unplaced\n      areas { id name kind actors }\n      ties { source target ties }\n      tiesWithin\n    }\n  }\n"): typeof import('./graphql').WebAreaOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebAreaPlacement($id: ID!) {\n    actor(id: $id) {\n      id kind name\n      relations { kind source target status }\n    }\n  }\n"): typeof import('./graphql').WebAreaPlacementDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebLogoutEverywhere { logoutEverywhere }"): typeof import('./graphql').WebLogoutEverywhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebUpsertActor($input: ActorInput!) {\n    upsertActor(input: $input) { id kind name description formal domains targetGroups personalDataHidden since until }\n  }\n"): typeof import('./graphql').WebUpsertActorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebActorContact($id: ID!) {\n    actor(id: $id) { contact { email phone website address person } }\n  }\n"): typeof import('./graphql').WebActorContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebDeleteActor($id: ID!) { deleteActor(id: $id) }\n"): typeof import('./graphql').WebDeleteActorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebUpsertRelation($input: RelationInput!) {\n    upsertRelation(input: $input) { id kind source target since until weight status note }\n  }\n"): typeof import('./graphql').WebUpsertRelationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebDeleteRelation($id: ID!) { deleteRelation(id: $id) }\n"): typeof import('./graphql').WebDeleteRelationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebExportGraph { exportGraph }\n"): typeof import('./graphql').WebExportGraphDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebExportNetwork($format: ExportFormat!, $areaId: ID, $asOf: Date, $history: Boolean!, $language: Language!) {\n    exportNetwork(format: $format, areaId: $areaId, asOf: $asOf, history: $history, language: $language) { fileName mediaType contentBase64 }\n  }\n"): typeof import('./graphql').WebExportNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebNetwork($scope: ScopeInput, $asOf: Date, $history: Boolean!) {\n    network(scope: $scope, asOf: $asOf, history: $history) {\n      areaId areaKind asOf\n      nodes { id kind name description formal domains targetGroups personalDataHidden boundary since until }\n      relations { id kind source target since until weight status note }\n    }\n  }\n"): typeof import('./graphql').WebNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebEgoNetwork($actorId: ID!, $asOf: Date, $history: Boolean!) {\n    egoNetwork(actorId: $actorId, asOf: $asOf, history: $history, depth: 1) {\n      areaId areaKind asOf\n      nodes { id kind name description formal domains targetGroups personalDataHidden boundary since until }\n      relations { id kind source target since until weight status note }\n    }\n  }\n"): typeof import('./graphql').WebEgoNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebMetrics($scope: ScopeInput, $asOf: Date, $history: Boolean!) {\n    networkMetrics(scope: $scope, asOf: $asOf, history: $history) {\n      actors { actor { id } degree betweenness pagerank closeness community articulationPoint }\n      summary { actorCount tieCount communityCount approximate }\n    }\n  }\n"): typeof import('./graphql').WebMetricsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebNetworkLayout($scope: ScopeInput, $asOf: Date, $history: Boolean!, $minElements: Int!) {\n    networkLayout(scope: $scope, asOf: $asOf, history: $history, minElements: $minElements) {\n      computed\n      positions { actorId x y }\n    }\n  }\n"): typeof import('./graphql').WebNetworkLayoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebSaveLayout($scope: ScopeInput, $positions: [ActorPositionInput!]!, $replace: Boolean!) {\n    saveLayout(scope: $scope, positions: $positions, replace: $replace)\n  }\n"): typeof import('./graphql').WebSaveLayoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebResetLayout($scope: ScopeInput) {\n    resetLayout(scope: $scope)\n  }\n"): typeof import('./graphql').WebResetLayoutDocument;
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
export function graphql(source: "\n  query WebComparisonRounds { surveyRounds { id title areaId projectId opensOn status createdAt } }\n"): typeof import('./graphql').WebComparisonRoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebCompareSurveyRounds($earlier: ID!, $later: ID!) {\n    compareSurveyRounds(earlierRoundId: $earlier, laterRoundId: $later) {\n      earlier { roundId invited answered pairs density isolatedActorIds crossDomainPairs averageValue averageTrust }\n      later { roundId invited answered pairs density isolatedActorIds crossDomainPairs averageValue averageTrust }\n      newPairs keptPairs lostPairs\n    }\n    earlierResults: surveyResults(roundId: $earlier) { respondents { actorId actorName } }\n    laterResults: surveyResults(roundId: $later) { respondents { actorId actorName } }\n  }\n"): typeof import('./graphql').WebCompareSurveyRoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebComparisonActor($id: ID!) { actor(id: $id) { id name } }\n"): typeof import('./graphql').WebComparisonActorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { id name role }\n  }\n"): typeof import('./graphql').WebChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebUsers { users { id name role createdAt updatedAt } }\n"): typeof import('./graphql').WebUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebCreateUser($input: NewUserInput!) { createUser(input: $input) { password user { id name role createdAt updatedAt } } }\n"): typeof import('./graphql').WebCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebUpdateUser($id: ID!, $changes: UserChangesInput!) { updateUser(id: $id, changes: $changes) { id name role createdAt updatedAt } }\n"): typeof import('./graphql').WebUpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebDeleteUser($id: ID!) { deleteUser(id: $id) }\n"): typeof import('./graphql').WebDeleteUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebAuditLog($filter: AuditFilter, $offset: Int!, $limit: Int!) {\n    auditLog(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items { id at userId userName operation targetType targetId before after }\n    }\n  }\n"): typeof import('./graphql').WebAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebChanges($scope: ScopeInput, $from: Date!, $to: Date!) {\n    networkChanges(scope: $scope, from: $from, to: $to) {\n      from to\n      tiesAdded { id source target kind since until }\n      tiesEnded { id source target kind since until }\n      latestTieStart\n      actorsJoined { id name kind }\n      actorsLeft { id name kind }\n      deltas { metric before after change }\n      actorChanges { actor { id name kind } degreeBefore degreeAfter betweennessBefore betweennessAfter }\n    }\n    network(scope: $scope) { nodes { id name } }\n  }\n"): typeof import('./graphql').WebChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebDomains($scope: ScopeInput, $asOf: Date, $history: Boolean!) {\n    domainMatrix(scope: $scope, asOf: $asOf, history: $history) {\n      areaId asOf domains\n      actorCounts { domain actorCount partnerCount }\n      cells { a b tieCount relations { id source target kind since until } }\n    }\n    boundarySpanners(scope: $scope, asOf: $asOf, history: $history) {\n      actor { id name kind }\n      degree crossDomainTieCount domainsLinked\n    }\n    network(scope: $scope, asOf: $asOf, history: $history) { nodes { id name } }\n  }\n"): typeof import('./graphql').WebDomainsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebAreaReport($areaId: ID!, $since: Date!, $language: Language!) {\n    areaReport(areaId: $areaId, since: $since, language: $language) { fileName mediaType contentBase64 }\n  }\n"): typeof import('./graphql').WebAreaReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebGaps($scope: ScopeInput, $asOf: Date, $history: Boolean!) {\n    gaps(scope: $scope, asOf: $asOf, history: $history) {\n      areaId asOf\n      counts { kind count }\n      gaps {\n        id kind severity affectedCount domains targetGroups\n        explanation { nl en }\n        actors { id name kind formal }\n        relations { id source target kind }\n      }\n    }\n  }\n"): typeof import('./graphql').WebGapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebImportFiles($files: [ImportFileInput!]!, $mapping: [ColumnChoiceInput!], $dryRun: Boolean!) {\n    importFiles(files: $files, mapping: $mapping, dryRun: $dryRun) {\n      applied\n      problemCount\n      actors { create update unchanged }\n      relations { create update unchanged }\n      problems { sheet row column value code params }\n      sheets { sheet role rows columns { column property } }\n      properties { role key labelNl labelEn required }\n      summary {\n        actors { created updated unchanged }\n        relations { created updated unchanged }\n      }\n    }\n  }\n"): typeof import('./graphql').WebImportFilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebImportMaxBytes {\n    importMaxBytes\n  }\n"): typeof import('./graphql').WebImportMaxBytesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebNeighbourhoodChoices($areaId: ID, $kinds: [NodeKind!]!) {\n    neighbourhoods: actors(filter: { kinds: $kinds, areaId: $areaId }, limit: 500) { items { id name kind } }\n  }\n"): typeof import('./graphql').WebNeighbourhoodChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebScopeArea($id: ID!) {\n    actor(id: $id) { id name kind }\n  }\n"): typeof import('./graphql').WebScopeAreaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebNeighbourhood($scope: ScopeInput!, $neighbourhoodId: ID!, $asOf: Date, $history: Boolean!) {\n    areaCoverage(areaId: $neighbourhoodId, asOf: $asOf, history: $history) {\n      asOf\n      domains { value actorCount }\n      targetGroups { value actorCount }\n      records { actors withoutDomains withoutTargetGroups }\n    }\n    gaps(scope: $scope, asOf: $asOf, history: $history) {\n      gaps {\n        id kind severity affectedCount\n        explanation { nl en }\n        actors { id name }\n        relations { id source target }\n      }\n    }\n    suggestCollaborations(neighbourhoodId: $neighbourhoodId, asOf: $asOf, history: $history, limit: 10) {\n      relativeLikelihood\n      value\n      explanation { nl en }\n      area { id }\n      areaMissingDomains\n      areaMissingTargetGroups\n      from { id name kind }\n      to { id name kind }\n      gap { id kind explanation { nl en } }\n    }\n  }\n"): typeof import('./graphql').WebNeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebSurveyForm($token: String!) {\n    surveyForm(token: $token) {\n      roundTitle intro opensOn closesOn submittedAt draftSavedAt\n      respondent { id name kind }\n      actors { id name kind }\n      outsideActors { id name kind }\n      answer {\n        contact { name email phone role }\n        partners {\n          partnerActorId relationKind direction level frequency value trust since note\n          valueItems { INFLUENCE INVOLVEMENT RESOURCES }\n          trustItems { RELIABLE MISSION OPEN }\n          proposedActor { name kind place }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WebSurveyFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebSurveySearch($token: String!, $text: String!) { surveySearch(token: $token, text: $text) { id name kind } }\n"): typeof import('./graphql').WebSurveySearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebSaveSurveyDraft($token: String!, $answer: SurveyAnswerInput!) { saveSurveyDraft(token: $token, answer: $answer) { draftSavedAt submittedAt } }\n"): typeof import('./graphql').WebSaveSurveyDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebSubmitSurveyAnswer($token: String!, $answer: SurveyAnswerInput!) { submitSurveyAnswer(token: $token, answer: $answer) { draftSavedAt submittedAt } }\n"): typeof import('./graphql').WebSubmitSurveyAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebSurveyRounds { surveyRounds { id title intro areaId projectId opensOn closesOn status createdAt } }\n"): typeof import('./graphql').WebSurveyRoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebCreateSurveyRound($input: NewSurveyRoundInput!) {\n    createSurveyRound(input: $input) { round { id title intro areaId projectId opensOn closesOn status createdAt } links { actorId invitationId token } }\n  }\n"): typeof import('./graphql').WebCreateSurveyRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebSurveyResults($roundId: ID!) {\n    surveyResults(roundId: $roundId) {\n      round { id title intro areaId projectId opensOn closesOn status createdAt }\n      invited answered responseRate\n      respondents { invitationId actorId actorName actorKind submittedAt draftSavedAt lastSeenAt revoked }\n      ties { key invitationId reporterActorId partnerActorId proposalId relationKind direction sourceActorId targetActorId level frequency value trust since acceptedRelationId }\n      pairs {\n        a b levelByA levelByB reciprocity reports tieKeys averageValue averageTrust\n        averageValueItems { INFLUENCE INVOLVEMENT RESOURCES }\n        averageTrustItems { RELIABLE MISSION OPEN }\n      }\n      actorScores {\n        actorId averageValue averageTrust namedBy\n        averageValueItems { INFLUENCE INVOLVEMENT RESOURCES }\n        averageTrustItems { RELIABLE MISSION OPEN }\n      }\n      proposals { id name kind place reporterActorId actorId }\n    }\n  }\n"): typeof import('./graphql').WebSurveyResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebSurveyActorName($id: ID!) { actor(id: $id) { id name kind } }\n"): typeof import('./graphql').WebSurveyActorNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebRevokeSurveyLink($roundId: ID!, $invitationId: ID!) { revokeSurveyLink(roundId: $roundId, invitationId: $invitationId) }\n"): typeof import('./graphql').WebRevokeSurveyLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebReissueSurveyLink($roundId: ID!, $invitationId: ID!) { reissueSurveyLink(roundId: $roundId, invitationId: $invitationId) { actorId invitationId token } }\n"): typeof import('./graphql').WebReissueSurveyLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebAcceptSurveyTie($roundId: ID!, $key: String!) { acceptSurveyTie(roundId: $roundId, key: $key) { id } }\n"): typeof import('./graphql').WebAcceptSurveyTieDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebAcceptSurveyTies($roundId: ID!, $rule: SurveyAcceptRule!) { acceptSurveyTies(roundId: $roundId, rule: $rule) { accepted { id } skipped { key code } } }\n"): typeof import('./graphql').WebAcceptSurveyTiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebCloseSurveyRound($roundId: ID!) { closeSurveyRound(roundId: $roundId) { id status } }\n"): typeof import('./graphql').WebCloseSurveyRoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebExportSurveyAnswers($roundId: ID!, $language: Language!) { exportSurveyAnswers(roundId: $roundId, format: CSV, language: $language) { fileName mediaType contentBase64 } }\n"): typeof import('./graphql').WebExportSurveyAnswersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebExportSurveyNetwork($roundId: ID!, $format: ExportFormat!, $language: Language!) {\n    exportSurveyNetwork(roundId: $roundId, format: $format, language: $language) { fileName mediaType contentBase64 }\n  }\n"): typeof import('./graphql').WebExportSurveyNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebSurveyAreaProjects($areaId: ID!) { actors(filter: { areaId: $areaId, kinds: [Project] }, history: true, limit: 500) { items { id name } } }\n"): typeof import('./graphql').WebSurveyAreaProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebApproveSurveyProposal($roundId: ID!, $proposalId: ID!) { approveSurveyProposal(roundId: $roundId, proposalId: $proposalId) { id } }\n"): typeof import('./graphql').WebApproveSurveyProposalDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
