import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * The latest value of a callback prop, for effects that must not re-run (and clear the canvas)
 * just because the shell passed a new function identity on a re-render.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}

/** Calls `cleanup` once when the view leaves the page (e.g. to clear its highlight). */
export function useOnUnmount(cleanup: () => void): void {
  const latest = useLatest(cleanup);
  useEffect(() => () => latest.current(), [latest]);
}
