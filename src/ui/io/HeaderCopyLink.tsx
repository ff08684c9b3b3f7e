import { useState } from 'react';
import type { TrainingConfig } from '../../state/config';
import { LinkToCopy } from './LinkToCopy';
import { useShareLink } from './useShareLink';

/**
 * Copy link in the page's header, for when a teacher hid "Data and sharing" (where it otherwise
 * lives): the link is still one click away, with the same fallback (the link shown to copy by
 * hand) when the browser refuses the clipboard.
 */
export function HeaderCopyLink({ getConfig }: { getConfig: () => TrainingConfig }) {
  const { shared, copy, dismiss } = useShareLink(getConfig);
  const [copied, setCopied] = useState(false);
  return (
    <div className="header-copy-link">
      <button
        type="button"
        className="button button-small"
        onClick={() => {
          setCopied(false);
          void copy().then((result) => setCopied(result.copied));
        }}
      >
        Copy link
      </button>
      <span className="visually-hidden" role="status">
        {copied ? 'Link copied to the clipboard.' : ''}
      </span>
      {shared && !shared.copied && (
        <div className="header-copy-link-popover">
          <LinkToCopy url={shared.url} onDismiss={dismiss} />
        </div>
      )}
    </div>
  );
}
