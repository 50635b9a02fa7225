/**
 * The views behind the tabs besides the network: the analysis views (issue 6 part B) get the shared
 * scope and the canvas callbacks of view-contract.ts; the import page takes no props.
 */
export { ChangesView } from '../features/changes/changes-view';
export { DomainsView } from '../features/domains/domains-view';
export { GapsView } from '../features/gaps/gaps-view';
export { ImportPage } from '../features/import/import-page';
export { NeighbourhoodView } from '../features/neighbourhood/neighbourhood-view';
