// Catches what a page throws while rendering, above all a page's code that can no longer be fetched
// (a tab opened before Concord was updated asks for files the new build no longer has), and offers
// a reload instead of a blank window.
import { Component, type ReactNode } from 'react';
import { m } from '../messages.js';

export class PageError extends Component<{ children: ReactNode; resetKey: string }, { failed: boolean; key: string }> {
  state = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError(): Partial<{ failed: boolean }> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: { failed: boolean; key: string }) {
    // Another address is another chance.
    return props.resetKey === state.key ? null : { failed: false, key: props.resetKey };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" className="alert">
        <p>{m.app.pageFailed}</p>
        <button type="button" onClick={() => location.reload()}>
          {m.app.reload}
        </button>
      </div>
    );
  }
}
