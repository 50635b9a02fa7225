import { useEffect, useMemo, useState } from 'react';
import { describeError } from '../i18n/describe-error';
import { useI18n } from '../i18n/i18n-context';

/** The state of one request; a union, so "ready without data" cannot be expressed. */
export type AsyncState<T> =
  | { status: 'idle' }
  | { status: 'loading'; previous: T | null }
  | { status: 'ready'; data: T }
  | { status: 'error'; message: string; previous: T | null };

/** The state as held: a failure keeps its error, worded only when shown. */
type Held<T> = Exclude<AsyncState<T>, { status: 'error' }> | { status: 'error'; error: unknown; previous: T | null };

function previousOf<T>(state: AsyncState<T> | Held<T>): T | null {
  if (state.status === 'ready') return state.data;
  if (state.status === 'loading' || state.status === 'error') return state.previous;
  return null;
}

/**
 * Run `load` whenever `key` changes, aborting the previous request so a slow answer for an old key
 * cannot overwrite a newer one. A null key means "nothing to load".
 */
export function useAsync<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): AsyncState<T> {
  const [state, setState] = useState<Held<T>>({ status: 'idle' });
  // A failure is worded in the UI language on every render (never the API's English), so switching rewords it.
  const { language } = useI18n();

  useEffect(() => {
    if (key === null) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState((current) => ({ status: 'loading', previous: previousOf(current) }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'ready', data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState((current) => ({ status: 'error', error, previous: previousOf(current) }));
      },
    );
    return () => controller.abort();
    // `load` is a fresh closure each render; the key alone says when to fetch again.
  }, [key]);

  return useMemo(
    () => (state.status === 'error' ? { status: 'error', message: describeError(state.error, language), previous: state.previous } : state),
    [state, language],
  );
}

export function dataOf<T>(state: AsyncState<T>): T | null {
  return previousOf(state);
}
