import { useId, type ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';

interface PanelProps {
  /** The panel's name, read out as the region's name by screen readers. */
  title: string;
  /** One line on what the panel shows. */
  caption: ReactNode;
  /** Extra class for where the panel sits in the layout. */
  className?: string;
  /** Buttons for the panel as a whole (export), shown beside its title. */
  actions?: ReactNode;
  children?: ReactNode;
}

/** A titled region of the page: the unit the layout arranges and assistive tech navigates by. */
export function Panel({ title, caption, className, actions, children }: PanelProps) {
  const titleId = useId();
  return (
    <section className={className ? `panel ${className}` : 'panel'} aria-labelledby={titleId}>
      <div className="panel-heading">
        <h2 id={titleId} className="panel-title">
          {title}
        </h2>
        {actions && <div className="panel-actions">{actions}</div>}
      </div>
      <p className="panel-caption">{caption}</p>
      {/* A failure inside stays inside: the title and caption remain, with "Try again". */}
      <div className="panel-body">
        <ErrorBoundary>{children}</ErrorBoundary>
      </div>
    </section>
  );
}
