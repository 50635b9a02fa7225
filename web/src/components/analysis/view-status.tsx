import type { AsyncState } from '../use-async';

/** Loading and error lines of a view, announced to screen readers (status politely, errors at once). */
export function ViewStatus({ state, loading, failed }: { state: AsyncState<unknown>; loading: string; failed: (message: string) => string }) {
  if (state.status === 'error') return <p role="alert" className="error">{failed(state.message)}</p>;
  return (
    <p role="status" className="view-status">
      {state.status === 'loading' ? loading : ''}
    </p>
  );
}
