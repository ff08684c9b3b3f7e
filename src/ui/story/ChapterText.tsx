/**
 * A chapter's paragraph: prose with formulas between $…$, typeset by KaTeX once it has loaded
 * (until then, and if it fails, the TeX source is shown as plain text). The text is ours.
 */
import { Fragment } from 'react';
import { useKatex } from '../derivation/useKatex';
import { Tex } from '../derivation/Tex';

/** Splits "a $x$ b" into text and TeX parts: odd indices are TeX. */
export function splitTex(paragraph: string): string[] {
  return paragraph.split('$');
}

export function ChapterText({ paragraph }: { paragraph: string }) {
  const katex = useKatex();
  return (
    <p className="guide-paragraph">
      {splitTex(paragraph).map((part, index) =>
        index % 2 === 0 ? (
          <Fragment key={index}>{part}</Fragment>
        ) : katex.status === 'ready' ? (
          <Tex key={index} tex={part} cached />
        ) : (
          <code key={index}>{part}</code>
        ),
      )}
    </p>
  );
}
