import { actorsEndOf, defaultRelationStatus, earlierDay, lastDayAfter, lastDaysOf, statusOn, type Actor, type Relation, type ValidDocument, type ValidRelation } from '@weefsel/graph-schema';

/**
 * The file's relations, each status that only says what the dates already say of the stored
 * relation read as the stored one. Every export gives a relation's status as read on its day: a tie
 * recorded as running whose end, or whose actor's end, has passed reads `ENDED` (docs/time.md).
 * Imported again, that reading is no edit: written, it would turn "ran until its project ended"
 * into "recorded as ended", which a later cleared end of the project could no longer undo, and
 * an unchanged export would preview as a list of changed relations. A status that differs from the
 * dates' reading (PLANNED, or ENDED before its end) is an edit and is written.
 * `untilOf` gives each actor's last day after the import; `today` is the day the export was read on.
 */
export function keepStoredReadings(
  relations: readonly ValidRelation[],
  stored: ReadonlyMap<string, Pick<Relation, 'status'>>,
  untilOf: (actorId: string) => string | null | undefined,
  today: string,
): ValidRelation[] {
  return relations.map((relation) => {
    const before = stored.get(relation.id);
    const status = relation.status ?? defaultRelationStatus;
    if (!before || before.status === status) return relation;
    const actorsEnd = actorsEndOf(relation, untilOf);
    // Stored ENDED with no end left (the file cleared it) would say nothing about when: the file's status stands.
    if (before.status === 'ENDED' && earlierDay(relation.until, actorsEnd) === null) return relation;
    const read = statusOn({ status: before.status, until: relation.until ?? null }, today, actorsEnd);
    return read === status ? { ...relation, status: before.status } : relation;
  });
}

/**
 * A whole document read against the store as written on `today` (`keepStoredReadings`, with each
 * actor's last day from the document, else the stored one), as the importGraph mutation and the
 * CLI write it; the file import's plan applies `keepStoredReadings` alike to the maps it builds.
 */
export function withStoredReadings(doc: ValidDocument, current: { actors: readonly Actor[]; relations: readonly Relation[]; today: string }): ValidDocument {
  if (doc.relations.length === 0) return doc;
  const storedEnds = new Map(current.actors.map((actor) => [actor.id, actor.until]));
  const untilOf = lastDayAfter(lastDaysOf(doc.actors), (id) => storedEnds.get(id));
  return { ...doc, relations: keepStoredReadings(doc.relations, new Map(current.relations.map((r) => [r.id, r])), untilOf, current.today) };
}
