import { Component, Fragment, type ReactNode } from 'react';
import { errorMessage, sentence } from '../../shell/errorMessage';

interface ErrorBoundaryProps {
  children?: ReactNode;
}

interface ErrorBoundaryState {
  /** What the failure said, or null while the children are working. */
  readonly failure: string | null;
  /** Counts "Try again"s: a new key, so the children mount afresh with new state. */
  readonly attempt: number;
}

/**
 * Contains a failure of what it wraps (one panel): instead of the page going blank, the panel
 * says what failed and offers "Try again", which mounts it again from scratch; the rest of the
 * page keeps working. The error itself goes to the root's onCaughtError (src/shell/errorReporting.ts).
 *
 * A class, because only class components can catch errors in React.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failure: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { failure: errorMessage(error) };
  }

  private readonly retry = (): void => {
    this.setState((previous) => ({ failure: null, attempt: previous.attempt + 1 }));
  };

  override render(): ReactNode {
    const { failure, attempt } = this.state;
    if (failure !== null) {
      return (
        <div className="panel-failure" role="alert">
          {/* The message is text: React escapes it, whatever the error said. */}
          <p>This panel failed: {sentence(failure)}</p>
          <button type="button" className="button button-small" onClick={this.retry}>
            Try again
          </button>
        </div>
      );
    }
    return <Fragment key={attempt}>{this.props.children}</Fragment>;
  }
}
