import { collaborationKinds, placementKinds } from '@weefsel/graph-schema';
import { sqlList } from './sqlite-ddl';
import { actorColumns, relationColumns } from './sqlite-rows';

/** `r` is active on `@asOf` (null: every relation counts); `until` is inclusive. */
export const activeOnAsOf =
  '(@asOf IS NULL OR ((r.since IS NULL OR r.since <= @asOf) AND (r.until IS NULL OR r.until >= @asOf)))';

/** The members of area `@areaId`: itself and whatever reaches it through placement relations. */
export const membersCte = `members(id) AS (
  SELECT @areaId
  UNION
  SELECT r.source FROM relations r JOIN members m ON r.target = m.id
  WHERE r.kind IN ${sqlList(placementKinds)} AND ${activeOnAsOf}
)`;

export const collaborationKindList = sqlList(collaborationKinds);

/** A JSON array parameter as a set, for `x IN (...)`. */
export const jsonSet = (param: string) => `(SELECT value FROM json_each(@${param}))`;

/**
 * Insert or update in one statement. The WHERE clause skips the update when no stored property
 * differs, so `updated_at` stays and RETURNING yields no row: "unchanged" costs no read into JS.
 */
export const upsertActorSql = `
INSERT INTO actors (id, kind, name, name_folded, description, formal, domains, target_groups, contact, since, until, created_at, updated_at)
VALUES (@id, @kind, @name, @nameFolded, @description, @formal, @domains, @targetGroups, @contact, @since, @until, @now, @now)
ON CONFLICT (id) DO UPDATE SET
  kind = excluded.kind, name = excluded.name, name_folded = excluded.name_folded,
  description = excluded.description, formal = excluded.formal, domains = excluded.domains,
  target_groups = excluded.target_groups, contact = excluded.contact, since = excluded.since, until = excluded.until,
  updated_at = excluded.updated_at
WHERE (actors.kind, actors.name, actors.description, actors.formal, actors.domains, actors.target_groups, actors.contact, actors.since, actors.until)
  IS NOT (excluded.kind, excluded.name, excluded.description, excluded.formal, excluded.domains, excluded.target_groups, excluded.contact, excluded.since, excluded.until)
RETURNING rowid`;

export const upsertRelationSql = `
INSERT INTO relations (id, kind, source, target, since, until, weight, note, status, created_at, updated_at)
VALUES (@id, @kind, @source, @target, @since, @until, @weight, @note, @status, @now, @now)
ON CONFLICT (id) DO UPDATE SET
  kind = excluded.kind, source = excluded.source, target = excluded.target, since = excluded.since,
  until = excluded.until, weight = excluded.weight, note = excluded.note, status = excluded.status, updated_at = excluded.updated_at
WHERE (relations.kind, relations.source, relations.target, relations.since, relations.until, relations.weight, relations.note, relations.status)
  IS NOT (excluded.kind, excluded.source, excluded.target, excluded.since, excluded.until, excluded.weight, excluded.note, excluded.status)
RETURNING rowid`;

export const selectActorSql = `SELECT ${actorColumns} FROM actors a WHERE a.id = ?`;
export const selectActorsInSql = `SELECT ${actorColumns} FROM actors a WHERE a.id IN ${jsonSet('ids')}`;
/** The last day of each actor in `@ids` that has one. */
export const selectEndsInSql = `SELECT id, until FROM actors WHERE until IS NOT NULL AND id IN ${jsonSet('ids')}`;
export const selectRelationSql = `SELECT ${relationColumns} FROM relations r WHERE r.id = ?`;
export const relationsOfSql = `
SELECT ${relationColumns} FROM relations r WHERE r.source = @id
UNION ALL
SELECT ${relationColumns} FROM relations r WHERE r.target = @id AND r.source <> @id`;

/** Active relations with at least one end in `@ids`, each once. */
export const touchingSql = `
SELECT ${relationColumns} FROM relations r WHERE r.source IN ${jsonSet('ids')} AND ${activeOnAsOf}
UNION ALL
SELECT ${relationColumns} FROM relations r
WHERE r.target IN ${jsonSet('ids')} AND r.source NOT IN ${jsonSet('ids')} AND ${activeOnAsOf}`;

/** Active relations with both ends in `@ids`. */
export const amongSql = `
SELECT ${relationColumns} FROM relations r
WHERE r.source IN ${jsonSet('ids')} AND r.target IN ${jsonSet('ids')} AND ${activeOnAsOf}`;

/** The other ends of the active collaboration ties of the actors in `@ids`. */
export const collaboratorsSql = `
SELECT r.target AS id FROM relations r
WHERE r.source IN ${jsonSet('ids')} AND r.kind IN ${collaborationKindList} AND ${activeOnAsOf}
UNION
SELECT r.source FROM relations r
WHERE r.target IN ${jsonSet('ids')} AND r.kind IN ${collaborationKindList} AND ${activeOnAsOf}`;
