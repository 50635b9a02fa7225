import { problemText } from '@weefsel/graph-schema';

/**
 * Where in `text` JSON.parse stopped, as a line and column from 1: what a person can look up in an
 * editor, in any language, unlike the engine's English message. The engine names the offset ("at
 * position 11"); without one (an empty or cut-off file) the error lies at the end of the text.
 */
export function jsonErrorPlace(text: string, error: unknown): { line: number; column: number } {
  const match = /at position (\d+)/.exec(error instanceof Error ? error.message : '');
  const offset = match ? Math.min(Number(match[1]), text.length) : text.length;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

/** The `invalidJson` problem of a document JSON.parse refused: its params, and the API's English reason. */
export function invalidJson(text: string, error: unknown): { reason: string; params: { line: number; column: number } } {
  const params = jsonErrorPlace(text, error);
  return { reason: `${problemText('invalidJson', params)}; expected { "actors": [...], "relations": [...] }`, params };
}
