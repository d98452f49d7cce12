import { Component, type ErrorInfo, type ReactNode, useEffect, useRef, useState } from 'react';
import { copyText } from '../lib/copy-text';
import { reportFault } from './error-reporting';
import './recovery.css';

interface State {
  error: Error | null;
  componentStack: string;
}

/**
 * The root error boundary: a fault while drawing any screen shows a calm
 * recovery screen (reload, or copy the details for a report) instead of a
 * blank window. Your data is saved as you go, so reloading loses at most the
 * field being typed.
 */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null, componentStack: '' };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    this.setState({ componentStack: info.componentStack ?? '' });
    console.error('[rehearse] a screen failed to draw:', error);
    reportFault('boundary', error);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return <CrashScreen details={crashDetails(this.state.error, this.state.componentStack)} />;
  }
}

/** What "Copy details" copies: the error's kind and where it happened — the place in the app, not its data. */
export function crashDetails(error: Error, componentStack: string): string {
  const screen = window.location.hash.split('?')[0] || '#/';
  return [
    `Rehearse problem report`,
    `Screen: ${screen}`,
    `Error: ${error.name}: ${error.message}`,
    `Browser: ${navigator.userAgent}`,
    '',
    'Stack:',
    ...(error.stack ?? '').split('\n').slice(0, 12),
    '',
    'Components:',
    ...componentStack.trim().split('\n').slice(0, 12),
  ].join('\n');
}

function CrashScreen({ details }: { details: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState('');
  const [shown, setShown] = useState(false);
  // The page changed under the user: move focus to the explanation, as a new page would.
  useEffect(() => heading.current?.focus(), []);

  return (
    <main className="recovery stack" aria-labelledby="crash-heading">
      <h1 id="crash-heading" ref={heading} tabIndex={-1}>
        Something went wrong on this screen
      </h1>
      <p>
        Rehearse hit a problem it did not expect. Everything you had saved is safe: answers, notes and reflections are saved as you go.
        Reloading usually fixes it.
      </p>
      <p>
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          Reload Rehearse
        </button>{' '}
        <button
          type="button"
          onClick={() =>
            void copyText(details).then((copied) => {
              setShown(!copied);
              setStatus(copied ? 'Details copied. Paste them into your problem report.' : 'Copy the details below by hand.');
            })
          }
        >
          Copy details
        </button>
      </p>
      <p role="status" aria-live="polite" className="muted">
        {status}
      </p>
      {shown && (
        <label>
          Problem details
          <textarea readOnly rows={10} value={details} />
        </label>
      )}
    </main>
  );
}
