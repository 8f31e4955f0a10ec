import type { FederatedEntry } from '@bas/manifest';
import { useState } from 'react';
import { startOpen } from '../rum/startOpen.ts';
import { RemoteErrorBoundary } from './RemoteErrorBoundary.tsx';
import { RemoteOutlet } from './RemoteOutlet.tsx';

interface FederatedAppProps {
  entry: FederatedEntry;
  timeoutMs: number;
  /** The parent gives this component a new `key` for each retry: every attempt is an opening of its own. */
  onRetry(): void;
}

/**
 * One attempt to open a federated app: the outlet that loads and mounts it, inside the boundary that contains a
 * failure to render its area. Both report the same opening, which counts once, with the first outcome.
 */
export function FederatedApp({ entry, timeoutMs, onRetry }: FederatedAppProps) {
  const [open] = useState(() => startOpen(entry.id));
  return (
    <RemoteErrorBoundary entry={entry} timeoutMs={timeoutMs} onRetry={onRetry} open={open}>
      <RemoteOutlet entry={entry} onRetry={onRetry} open={open} />
    </RemoteErrorBoundary>
  );
}
