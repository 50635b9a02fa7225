import { useEffect, type RefObject } from 'react';

/**
 * A request to move the keyboard focus into an actor's panel once it shows that actor. The list
 * asks before it selects, and the panel renders later (after the app shell has the new selection),
 * so the request waits here: module state, since list and panel sit in different parts of the page.
 */
let pending: { actorId: string; until: number } | null = null;
const panels = new Set<() => void>();
// A request the panel could not honour (an edit form was open) must not steal the focus much later.
const patienceMs = 1000;

/** Asks the actor panel to take the focus when it shows `actorId` (at once if it already does). */
export function requestPanelFocus(actorId: string): void {
  pending = { actorId, until: Date.now() + patienceMs };
  for (const tryFocus of panels) tryFocus();
}

/** The panel side: focuses `target` when a request for this actor is waiting. */
export function usePanelFocus(actorId: string, target: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const tryFocus = () => {
      if (pending?.actorId !== actorId || pending.until < Date.now() || !target.current) return;
      pending = null;
      target.current.focus();
    };
    tryFocus();
    panels.add(tryFocus);
    return () => {
      panels.delete(tryFocus);
    };
  }, [actorId, target]);
}
