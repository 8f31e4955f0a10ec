import type { ManifestEntry } from '@bas/manifest';
import { Component, type ReactNode } from 'react';
import { ShellError } from '../errors/ShellError.ts';
import type { OpenAttempt } from '../rum/startOpen.ts';
import { RemoteFailure } from './RemoteFailure.tsx';

interface Props {
  entry: ManifestEntry;
  timeoutMs: number;
  onRetry(): void;
  /** The opening under way: an area that fails to render before the app mounted ends it as a render error. */
  open: OpenAttempt;
  children: ReactNode;
}

/** Last line of defence: an error thrown while the shell renders an app's area stays in that area. */
export class RemoteErrorBoundary extends Component<Props, { error: ShellError | null }> {
  override state = { error: null as ShellError | null };

  static getDerivedStateFromError(cause: unknown) {
    return { error: new ShellError('REMOTE_CRASHED', 'The app area failed to render.', { cause }) };
  }

  override componentDidCatch() {
    this.props.open.failed('render-error');
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <RemoteFailure
        entry={this.props.entry}
        error={error}
        timeoutMs={this.props.timeoutMs}
        onRetry={() => {
          this.setState({ error: null });
          this.props.onRetry();
        }}
      />
    );
  }
}
