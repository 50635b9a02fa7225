import { useEffect, useMemo, useState } from 'react';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/i18n-context';

/** One request of an analysis view; a union, so "ready without data" cannot be expressed. */
export type ViewData<T> = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; message: string };

type Loaded<T> = Exclude<ViewData<T>, { status: 'error' }> | { status: 'error'; error: unknown };

/**
 * Loads whenever `key` changes (null: nothing to load) and aborts the previous request, so a slow
 * answer for an old scope cannot overwrite the answer for the current one.
 */
export function useViewData<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): ViewData<T> {
  // A failure is kept as the error and worded in the UI language on every render (never the API's English).
  const [state, setState] = useState<Loaded<T>>({ status: 'idle' });
  const { language } = useI18n();
  useEffect(() => {
    if (key === null) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState({ status: 'loading' });
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'ready', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
    // `load` is a fresh closure each render; the key alone says when to load again.
  }, [key]);
  return useMemo(() => (state.status === 'error' ? { status: 'error', message: describeError(state.error, language) } : state), [state, language]);
}
