import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isApiError } from '@/api/errors';
import { useMessages } from '@/stores/use-messages';

interface Props<T> {
  query: UseQueryResult<T>;
  /** Reserved height while loading, so nothing below jumps when the data arrives. */
  minHeight: number | string;
  isEmpty?: (data: T) => boolean;
  children: (data: T) => ReactNode;
}

/** Loading, error, empty and data states for one widget: each widget fails alone and can retry alone. */
export function QueryWidget<T>({ query, minHeight, isEmpty, children }: Props<T>) {
  const m = useMessages();
  if (query.isPending) {
    return <div className="skeleton" style={{ minHeight }} aria-busy="true" aria-label={m.loading} role="status" />;
  }
  if (query.isError) {
    const kind = isApiError(query.error) ? query.error.kind : 'network';
    return (
      <div className="widget-error" style={{ minHeight }} role="alert">
        <p className="widget-error-title">{m.errorTitle}</p>
        <p>{m.errors[kind]}</p>
        <button type="button" className="button" onClick={() => void query.refetch()} disabled={query.isFetching}>
          {m.retry}
        </button>
      </div>
    );
  }
  if (isEmpty?.(query.data)) {
    return <p className="widget-empty" style={{ minHeight }}>{m.empty}</p>;
  }
  return <>{children(query.data)}</>;
}
