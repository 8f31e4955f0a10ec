import { Component, type ReactNode } from 'react';

/**
 * Keeps a chart's failure (its code not downloaded, the browser refusing to draw) to the chart: the page and the
 * chart's table stay, and `fallback` says what happened.
 */
export class ChartBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
