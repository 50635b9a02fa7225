import type { Database, Statement } from 'better-sqlite3';
import type { ActorFilter, ActorPage, PageRequest } from '../graph-store';
import { checkArea, checkPage } from '../shared/scope-checks';
import { viewerSortNames } from '../shared/viewer-order';
import { actorColumns, toActor, type ActorRow } from './sqlite-rows';
import { jsonSet, membersCte } from './sqlite-sql';
import type { Statements } from './sqlite-statements';

interface FilterSql {
  key: string;
  sql: string;
  params: Record<string, unknown>;
}

/**
 * WHERE clauses for the filters that are set; `key` names the shape for the statement cache.
 * An empty list filters nothing (as if absent), so a client may always send its checkbox lists.
 */
function filterSql(filter: ActorFilter): FilterSql {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  let key = '';
  if (filter.kinds?.length) {
    clauses.push(`a.kind IN ${jsonSet('kinds')}`);
    params.kinds = JSON.stringify(filter.kinds);
    key += 'k';
  }
  if (filter.domains?.length) {
    clauses.push(`EXISTS (SELECT 1 FROM actor_domains d WHERE d.actor_id = a.id AND d.domain IN ${jsonSet('domains')})`);
    params.domains = JSON.stringify(filter.domains);
    key += 'd';
  }
  if (filter.targetGroups?.length) {
    clauses.push(`EXISTS (SELECT 1 FROM actor_target_groups g WHERE g.actor_id = a.id AND g.target_group IN ${jsonSet('groups')})`);
    params.groups = JSON.stringify(filter.targetGroups);
    key += 'g';
  }
  if (filter.formal !== undefined) {
    clauses.push('a.formal = @formal');
    params.formal = filter.formal ? 1 : 0;
    key += 'f';
  }
  if (filter.areaId != null) {
    clauses.push('a.id IN (SELECT id FROM members)');
    Object.assign(params, { areaId: filter.areaId, asOf: filter.asOf ?? null });
    key += 'a';
    // On a day, the actors that exist then (as a network of that day counts them: existing-on-day.ts).
    if (filter.asOf != null) {
      clauses.push('(a.since IS NULL OR a.since <= @asOf) AND (a.until IS NULL OR a.until >= @asOf)');
      key += 't';
    }
  }
  const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
  const prefix = filter.areaId != null ? `WITH RECURSIVE ${membersCte} ` : '';
  return { key, sql: `${prefix}SELECT ${actorColumns} FROM actors a ${where}`, params };
}

const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** The sort name a viewer sees (see viewer-order); kinds and labels come from graph-schema. */
const viewerWhens = Object.entries(viewerSortNames).map(([kind, name]) => `WHEN ${quoted(kind)} THEN ${quoted(name as string)}`);
const viewerOrder = viewerWhens.length > 0 ? `CASE a.kind ${viewerWhens.join(' ')} ELSE a.name_folded END` : 'a.name_folded';

/** Builds list statements per filter shape on first use; there are at most 64 shapes. */
export class ActorLister {
  private readonly cache = new Map<string, { page: Statement<Record<string, unknown>, ActorRow>; count: Statement<Record<string, unknown>, { n: number }> }>();

  constructor(
    private readonly db: Database,
    private readonly statements: Statements,
  ) {}

  list(filter: ActorFilter, page: PageRequest): ActorPage {
    checkPage(page);
    if (filter.areaId != null) checkArea(filter.areaId, this.statements.actor.get(filter.areaId)?.kind, 'listActors', 'filter.areaId');
    const { key: shape, sql, params } = filterSql(filter);
    const key = `${shape}${filter.hidePersonNames ? 'v' : ''}`;
    let prepared = this.cache.get(key);
    if (!prepared) {
      const order = filter.hidePersonNames ? viewerOrder : 'a.name_folded';
      prepared = {
        page: this.db.prepare(`${sql} ORDER BY ${order}, a.id LIMIT @limit OFFSET @offset`),
        count: this.db.prepare(`SELECT count(*) AS n FROM (${sql})`),
      };
      this.cache.set(key, prepared);
    }
    const total = prepared.count.get(params)?.n ?? 0;
    const items = prepared.page.all({ ...params, limit: page.limit, offset: page.offset }).map(toActor);
    return { items, total };
  }
}
