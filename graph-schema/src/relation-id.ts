import { limits } from './properties';
import { relationKinds, type RelationKind } from './relation-kinds';

/** FNV-1a over the UTF-16 code units, twice with different offsets: 16 hex digits, the same in every runtime. */
function hash64(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x01000193 ^ 0x2f) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/**
 * The id of a relation given without one: stable, so re-importing the same file updates instead of
 * duplicating. Undirected kinds sort their endpoints so A-B and B-A are the same relation. Two long
 * actor ids (made from long organisation names) would exceed the id limit: then both are cut and a
 * hash of the whole id keeps it unique and stable.
 */
export function deriveRelationId(kind: RelationKind, source: string, target: string): string {
  const [a, b] = relationKinds[kind].directed || source <= target ? [source, target] : [target, source];
  const whole = `${a}--${kind}--${b}`;
  if (whole.length <= limits.idLength) return whole;
  const suffix = `--${hash64(whole)}`;
  const each = Math.floor((limits.idLength - suffix.length - kind.length - 4) / 2);
  return `${a.slice(0, each)}--${kind}--${b.slice(0, each)}${suffix}`;
}
