import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { errorMessageKey, isApiError } from '@/api/errors';
import { MAX_RETRIES } from '@/api/retry-policy';
import { LOCALE } from '@/lib/format';
import { useLang } from '@/stores/language-store';
import { useMessages } from '@/lib/i18n/use-messages';

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
    // Failed and trying again (React Query is waiting out the back-off or the next attempt): said in words,
    // so a slow retry reads as progress, not as a page that hung. The alert comes once the retries run out.
    if (query.failureCount > 0 && query.fetchStatus === 'fetching') {
      return (
        <div className="skeleton widget-retrying" style={{ minHeight }}>
          <p role="status">{m.retrying(Math.min(query.failureCount, MAX_RETRIES), MAX_RETRIES)}</p>
        </div>
      );
    }
    return <div className="skeleton" style={{ minHeight }} aria-busy="true" aria-label={m.loading} role="status" />;
  }
  const retry = () => void query.refetch();
  if (query.isError && query.data === undefined) {
    return (
      <div className="widget-error" style={{ minHeight }} role="alert">
        <p className="widget-error-title">{m.errorTitle}</p>
        <p>{m.errors[errorMessageKey(query.error)]}</p>
        <ErrorDetail error={query.error} />
        <button type="button" className="button" onClick={retry} disabled={query.isFetching}>
          {m.retry}
        </button>
      </div>
    );
  }
  const data = query.data as T;
  const body = isEmpty?.(data) ? <p className="widget-empty" style={{ minHeight }}>{m.empty}</p> : children(data);
  // A refetch failed after a good load: what was fetched is still true to its as-of date, so it stays,
  // with a notice rather than an alert, which would replace a correct figure with nothing.
  if (query.isError) {
    return <>{body}<StaleNotice fetchedAt={query.dataUpdatedAt} onRetry={retry} busy={query.isFetching} /></>;
  }
  return <>{body}</>;
}

function StaleNotice({ fetchedAt, onRetry, busy }: { fetchedAt: number; onRetry: () => void; busy: boolean }) {
  const m = useMessages();
  const lang = useLang();
  // The reader's clock time of the fetch, labelled as such: never to be read as the data's own date.
  const time = new Intl.DateTimeFormat(LOCALE[lang], { hour: '2-digit', minute: '2-digit' }).format(fetchedAt);
  return (
    <div className="stale-notice" role="status">
      <span>{m.staleData(time)}</span>
      <button type="button" className="button" onClick={onRetry} disabled={busy}>{m.retry}</button>
    </div>
  );
}

/** A published build's broken file is named, so whoever copied it knows which one to replace. */
export function ErrorDetail({ error }: { error: unknown }) {
  const m = useMessages();
  if (!isApiError(error) || error.kind !== 'published' || !error.file || !error.fault) return null;
  return <p className="widget-error-detail">{m.months.fault[error.fault](error.file)}</p>;
}
