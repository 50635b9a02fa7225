import type { Core, ElementDefinition } from 'cytoscape';

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
    cy.remove(stale);
    const fresh: ElementDefinition[] = [];
    for (const [id, definition] of wanted) {
      const element = cy.getElementById(id);
      if (element.empty()) {
        fresh.push(definition);
        continue;
      }
      element.data(definition.data);
      element.classes(classList(definition));
      result.updated += 1;
    }
    // Nodes come before edges in `definitions`, so every edge finds its ends.
    cy.add(fresh);
    result.added = fresh.length;
  });
  return result;
}
