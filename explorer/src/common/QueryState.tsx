import type { ErrorLike } from '@apollo/client';

/** What a page shows while its query runs or after it failed. */
export function QueryState({ loading, error }: { loading: boolean; error?: ErrorLike }) {
  if (error) {
    return <p role="alert" className="error">Could not load: {error.message}</p>;
  }
  return loading ? <p role="status">Loading…</p> : null;
}
