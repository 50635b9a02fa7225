import { useEffect, useRef, useState } from 'react';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/i18n-context';

/** One request of an analysis view; a union, so "ready without data" cannot be expressed. */
export type ViewData<T> = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; message: string };

/**
 * Loads whenever `key` changes (null: nothing to load) and aborts the previous request, so a slow
 * answer for an old scope cannot overwrite the answer for the current one.
 */
export function useViewData<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): ViewData<T> {
  const [state, setState] = useState<ViewData<T>>({ status: 'idle' });
  // The message is worded in the language of the moment the request failed, not the English of the API.
  const { language: current } = useI18n();
  const language = useRef(current);
  language.current = current;
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
        if (!controller.signal.aborted) setState({ status: 'error', message: describeError(error, language.current) });
      },
    );
    return () => controller.abort();
    // `load` is a fresh closure each render; the key alone says when to load again.
  }, [key]);
  return state;
}
