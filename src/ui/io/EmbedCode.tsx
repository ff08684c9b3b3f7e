/**
 * "Embed in a course page": which parts to show, and the iframe code to paste, copied to the
 * clipboard and shown in a box to copy by hand where the browser refuses.
 */
import { useId, useState } from 'react';
import type { TrainingConfig } from '../../state/config';
import { encodeConfig } from '../../state/link';
import type { EmbedPart } from '../../state/pageLink';
import { EMBED_PART_NAMES, EMBED_PARTS } from '../../state/pageLink';
import { embedCode, embedFragment, pageAddress } from '../app/embed';
import { pageFragment } from '../story/pageFragment';

export function EmbedCode({ getConfig }: { getConfig: () => TrainingConfig }) {
  const [parts, setParts] = useState<readonly EmbedPart[]>(['data', 'transport']);
  const [code, setCode] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const codeId = useId();

  const toggle = (part: EmbedPart, on: boolean) => {
    const next = EMBED_PARTS.filter((p) => (p === part ? on : parts.includes(p)));
    setParts(next);
    setCode(null);
  };

  const copy = async () => {
    const src = pageAddress(
      embedFragment(encodeConfig(getConfig(), 'link').text, pageFragment(), parts),
      window.location,
    );
    const text = embedCode(src, parts);
    setCode(text);
    let done = false;
    try {
      if (navigator.clipboard) {
        await navigator.clipboard.writeText(text);
        done = true;
      }
    } catch {
      // Refused: the code is in the box below, selected, to copy by hand.
    }
    setCopied(done);
  };

  return (
    <details className="io-embed">
      <summary>Embed in a course page</summary>
      <fieldset className="io-embed-parts">
        <legend className="field-label">Show in the frame</legend>
        {EMBED_PARTS.map((part) => (
          <label key={part} className="io-embed-part">
            <input
              type="checkbox"
              checked={parts.includes(part)}
              onChange={(event) => toggle(part, event.target.checked)}
            />
            {EMBED_PART_NAMES[part]}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        className="button"
        disabled={parts.length === 0}
        onClick={() => void copy()}
      >
        Copy embed code
      </button>
      <p className="io-status" role="status">
        {code && copied && 'Embed code copied: paste it into your course page’s HTML.'}
      </p>
      {code && (
        <div className="field">
          <label htmlFor={codeId} className="field-label">
            Embed code (800 × 500; change width and height as you like)
          </label>
          <textarea
            id={codeId}
            className="io-embed-code"
            readOnly
            rows={4}
            value={code}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      )}
    </details>
  );
}
