import type { Core, ElementDefinition } from 'cytoscape';
import { focusClasses, labelClasses, viewClasses } from './graph-style';
import { labelSides } from './label-placement';

const transientClasses: ReadonlySet<string> = new Set([
  ...Object.values(focusClasses),
  ...Object.values(viewClasses),
  labelClasses.on,
  labelClasses.wide,
  ...labelSides.map((side) => labelClasses.side(side)),
]);

/** Classes set by the canvas (focus, view highlight, gaps overlay, labels), not by the element builder. */
function transientClass(name: string): boolean {
  return transientClasses.has(name);
}

export interface PatchResult {
  added: number;
  removed: number;
  updated: number;
}

function classList(definition: ElementDefinition): string[] {
  const { classes } = definition;
  if (classes === undefined) return [];
  return Array.isArray(classes) ? classes : classes.split(/\s+/).filter(Boolean);
}

/**
 * Bring the graph in line with `definitions` in one batch (one redraw): remove what is gone, update
 * data and classes of what stays, add what is new. Kept elements keep their identity, so a new
 * language or a refetch of the same scope changes nothing on screen and needs no new layout.
 */
export function patchElements(cy: Core, definitions: ElementDefinition[]): PatchResult {
  const wanted = new Map(definitions.map((definition) => [String(definition.data.id), definition]));
  const result: PatchResult = { added: 0, removed: 0, updated: 0 };
  cy.batch(() => {
    const stale = cy.elements().filter((element) => {
      const definition = wanted.get(element.id());
      // Cytoscape cannot re-point an edge through data(): replace it instead.
      return !definition || (element.isEdge() && (element.data('source') !== definition.data.source || element.data('target') !== definition.data.target));
    });
    result.removed = stale.length;
    // Removing a compound removes its children: take the children out first.
    const orphans = stale.nodes().children().difference(stale);
    if (orphans.nonempty()) orphans.move({ parent: null });
    cy.remove(stale);
    const fresh: ElementDefinition[] = [];
    const kept: [string, ElementDefinition][] = [];
    for (const [id, definition] of wanted) {
      if (cy.getElementById(id).empty()) fresh.push(definition);
      else kept.push([id, definition]);
    }
    // Groups come before nodes and nodes before edges in `definitions`, so every element finds its parent and ends.
    cy.add(fresh);
    result.added = fresh.length;
    for (const [id, definition] of kept) {
      const element = cy.getElementById(id);
      const { parent, ...data } = definition.data as { parent?: string };
      // The compound parent cannot change through data(): move the node instead (after new groups exist).
      if (element.isNode() && (element.data('parent') ?? undefined) !== parent) element.move({ parent: parent ?? null });
      const current = cy.getElementById(id);
      // Only touch what changed: every data() or classes() call makes Cytoscape recompute the
      // element's style, which on a large scope costs seconds (e.g. when only node sizes change).
      const changed = Object.entries(data).some(([key, value]) => current.data(key) !== value);
      if (changed) current.data(data);
      const classes = classList(definition);
      if (classes.join(' ') !== current.classes().filter((name) => !transientClass(name)).join(' ')) {
        // Keep what the canvas set (focus, highlight, overlay): its own effects clear those.
        current.classes([...classes, ...current.classes().filter(transientClass)]);
      }
      result.updated += 1;
    }
  });
  return result;
}
