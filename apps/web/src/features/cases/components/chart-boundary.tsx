import { Component, type ReactNode } from 'react';

/**
 * The chart is a picture of figures the page also gives as a sentence and a table, so if it fails
 * (its lazily loaded code gone after a new release, say) it is left out instead of taking the
 * whole Payments page down to the route's error element.
 */
export class ChartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
