/**
 * The views behind the tabs besides the network: the analysis views get the shared
 * scope and the canvas callbacks of view-contract.ts; the survey view takes the scope only (a new round is for the area in view);
 * the import, admin and account pages take no props.
 */
export { AccountView } from '../features/account/account-view';
export { AuditView } from '../features/admin/audit-view';
export { UsersView } from '../features/admin/users-view';
export { ChangesView } from '../features/changes/changes-view';
export { DomainsView } from '../features/domains/domains-view';
export { GapsView } from '../features/gaps/gaps-view';
export { ImportPage } from '../features/import/import-page';
export { NeighbourhoodView } from '../features/neighbourhood/neighbourhood-view';
export { SurveyView } from '../features/survey/survey-view';
