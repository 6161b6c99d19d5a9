import { QueryErrorResetBoundary } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { isChunkLoadError, resetFailedChunks } from '@/lib/retryable-lazy';
import { useMessages } from '@/lib/i18n/use-messages';

interface Props {
  children: ReactNode;
  /** The fallback keeps the space the content had, so nothing below jumps when a panel fails. */
  minHeight?: number | string;
  /** When one of these changes (say, chart ↔ table), a failed panel tries again by itself. */
  resetKeys?: unknown[];
  /** The shell's boundary around the whole page body: its fallback cannot say the rest is unaffected. */
  page?: boolean;
}

/**
 * Catches anything that throws while a panel renders, so one broken panel (a bug, a chunk that did not
 * download) costs that panel alone and never blanks the page. Retry re-renders it with a clean slate:
 * query errors reset (for any query that throws to boundaries) and failed chunks imported again.
 */
export function PanelBoundary({ children, minHeight, resetKeys, page = false }: Props) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          resetKeys={resetKeys}
          onReset={() => {
            reset();
            resetFailedChunks();
          }}
          fallbackRender={(props) => <PanelFallback {...props} minHeight={minHeight} page={page} />}
        >
          {children}
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}

function PanelFallback({ error, resetErrorBoundary, minHeight, page }: FallbackProps & Pick<Props, 'minHeight' | 'page'>) {
  const m = useMessages();
  const chunk = isChunkLoadError(error);
  return (
    <div className="widget-error" style={{ minHeight }} role="alert">
      <p className="widget-error-title">{chunk ? m.chunkFailed : m.panelCrashed}</p>
      <p>{chunk ? m.chunkFailedHint : page ? m.pageCrashedHint : m.panelCrashedHint}</p>
      <button type="button" className="button" onClick={() => resetErrorBoundary()}>{m.retry}</button>
    </div>
  );
}
