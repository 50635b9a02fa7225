/**
 * A change mark has two parts: the graph's, moved by every graph write and followed by the change
 * log, and the users', moved by every write of a user or a session. A value computed from the graph
 * is kept while the graph part stays and one computed from a user while the users part stays, so
 * neither kind of write makes the other's values be computed again: under load, writes to the graph
 * come several times a second, while each user's session is checked on every request. A mark
 * without a users part (a store that keeps one counter) stands for both parts.
 */
export type MarkPart = 'graph' | 'users';

const separator = '|users:';

/** The mark a store gives for its two counters. */
export function changeMarkOf(graph: string, users: string): string {
  return `${graph}${separator}${users}`;
}

/** One part of a mark `changeMark` gave. */
export function markPart(mark: string, part: MarkPart): string {
  const at = mark.lastIndexOf(separator);
  if (at < 0) return mark;
  return part === 'graph' ? mark.slice(0, at) : mark.slice(at + separator.length);
}
