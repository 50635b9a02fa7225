import { lifeDomainNames, nodeKindNames, relationKindNames, targetGroupNames } from '@weefsel/graph-schema';
import { layoutNames, type LayoutName } from '../graph/layout-names';
import { groupingKinds, type Grouping } from '../graph/grouping';
import { emptyFilter, type NetworkFilter } from '../graph/network-filter';

export const viewNames = ['network', 'gaps', 'domains', 'neighbourhood', 'changes', 'survey', 'import', 'users', 'audit', 'account'] as const;
export type ViewName = (typeof viewNames)[number];

/** Metrics of the API's ActorMetrics that can size the nodes; none draws every node alike. */
export const sizeMetrics = ['none', 'degree', 'betweenness', 'pagerank', 'closeness'] as const;
export type SizeMetric = (typeof sizeMetrics)[number];

/** How the network view shows a scope: its actors, or its areas one level down (an overview). */
export const showModes = ['actors', 'areas'] as const;
export type ShowMode = (typeof showModes)[number];

/** Everything a shared link must restore: what is shown, how, and who is selected. */
export interface ExplorerState {
  view: ViewName;
  /** The area of the scope; null is the whole region. */
  area: string | null;
  /** YYYY-MM-DD, or null for today (docs/time.md). */
  asOf: string | null;
  /** Every relation ever recorded instead of one day; `asOf` is then null. */
  history: boolean;
  filter: NetworkFilter;
  metric: SizeMetric;
  grouping: Grouping;
  layout: LayoutName;
  /** Null when the user has not chosen: a large scope then opens as its areas (`shownAs`). */
  show: ShowMode | null;
  /** The actor whose panel is open. */
  actor: string | null;
}

export const defaultState: ExplorerState = {
  view: 'network',
  area: null,
  asOf: null,
  history: false,
  filter: emptyFilter,
  metric: 'degree',
  grouping: 'none',
  layout: 'fcose',
  show: null,
  actor: null,
};

const groupings: readonly Grouping[] = ['none', ...groupingKinds];
const param = { view: 'view', area: 'area', asOf: 'date', history: 'history', kinds: 'kind', domains: 'domain', targetGroups: 'group', relationKinds: 'rel', metric: 'metric', grouping: 'grouping', layout: 'layout', show: 'show', actor: 'actor' } as const;

function oneOf<T extends string>(allowed: readonly T[], value: string | null, fallback: T): T {
  return allowed.find((each) => each === value) ?? fallback;
}

/** A comma list keeps only known values, each once, in the schema's order (so links are canonical). */
function listOf<T extends string>(allowed: readonly T[], value: string | null): T[] {
  const given = new Set((value ?? '').split(','));
  return allowed.filter((each) => given.has(each));
}

function isDate(value: string | null): value is string {
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/** The query string for a state; values equal to the default are left out. */
export function encodeState(state: ExplorerState): string {
  const params = new URLSearchParams();
  const set = (name: string, value: string | null, fallback: string | null) => {
    if (value !== null && value !== '' && value !== fallback) params.set(name, value);
  };
  set(param.view, state.view, defaultState.view);
  set(param.area, state.area, null);
  set(param.asOf, state.history ? null : state.asOf, null);
  set(param.history, state.history ? '1' : null, null);
  set(param.kinds, state.filter.kinds.join(','), '');
  set(param.domains, state.filter.domains.join(','), '');
  set(param.targetGroups, state.filter.targetGroups.join(','), '');
  set(param.relationKinds, state.filter.relationKinds.join(','), '');
  set(param.metric, state.metric, defaultState.metric);
  set(param.grouping, state.grouping, defaultState.grouping);
  set(param.layout, state.layout, defaultState.layout);
  set(param.show, state.show, defaultState.show);
  set(param.actor, state.actor, null);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The state in a query string; unknown or malformed values fall back to the default, never throw. */
export function decodeState(search: string): ExplorerState {
  const params = new URLSearchParams(search);
  const get = (name: string) => params.get(name);
  const asOf = get(param.asOf);
  // The whole history is one choice, a day another: a link naming both shows the history.
  const history = get(param.history) === '1';
  return {
    view: oneOf(viewNames, get(param.view), defaultState.view),
    area: get(param.area) || null,
    asOf: !history && isDate(asOf) ? asOf : null,
    history,
    filter: {
      kinds: listOf(nodeKindNames, get(param.kinds)),
      domains: listOf(lifeDomainNames, get(param.domains)),
      targetGroups: listOf(targetGroupNames, get(param.targetGroups)),
      relationKinds: listOf(relationKindNames, get(param.relationKinds)),
    },
    metric: oneOf(sizeMetrics, get(param.metric), defaultState.metric),
    grouping: oneOf(groupings, get(param.grouping), defaultState.grouping),
    show: showModes.find((mode) => mode === get(param.show)) ?? null,
    layout: oneOf(layoutNames, get(param.layout), defaultState.layout),
    actor: get(param.actor) || null,
  };
}
