/**
 * The page in another page's frame (app/embed.ts): the parts the link names, fitted to the frame,
 * no header, and a small link to the full app with the same run in a new tab.
 */
import type { ReactNode } from 'react';
import type { EmbedPart } from '../../state/pageLink';
import './embed.css';

interface EmbeddedPageProps {
  readonly parts: readonly EmbedPart[];
  /** The page's panels, built once by App; only the named ones are shown. */
  readonly panels: Record<EmbedPart, ReactNode>;
  readonly fullAppHref: string;
}

export function EmbeddedPage({ parts, panels, fullAppHref }: EmbeddedPageProps) {
  const figures = parts.filter((part) => part !== 'transport');
  const openLink = (
    <a className="embed-open" href={fullAppHref} target="_blank" rel="noopener noreferrer">
      Open the full app
    </a>
  );
  return (
    <div className="app app-stage app-embed">
      <main className="embed-stage">
        {figures.length > 0 && (
          <div className="embed-figures" data-count={figures.length}>
            {figures.map((part) => (
              <div key={part} className="embed-figure">
                {panels[part]}
              </div>
            ))}
          </div>
        )}
        {parts.includes('transport') && <div className="embed-controls">{panels.transport}</div>}
      </main>
      {openLink}
    </div>
  );
}
