import type { Block, Inline } from './content';
import { Tex } from './Tex';

/** Words as React text (so user text is never HTML), formulas through KaTeX. */
function Parts({ parts }: { parts: readonly Inline[] }) {
  return parts.map((part, k) =>
    typeof part === 'string' ? part : <Tex key={k} tex={part.math} cached={!part.live} />,
  );
}

const holdsLiveMath = (parts: readonly Inline[]) =>
  parts.some((part) => typeof part !== 'string' && part.live === true);

/**
 * A paragraph whose formulas hold this iteration's numbers is re-typeset while the run plays;
 * marked (derivation-live), the browser skips its style, layout and paint while it is scrolled
 * out of view (derivation.css).
 */
const blockClass = (name: string, live: boolean) => (live ? `${name} derivation-live` : name);

/** One block of a step: a paragraph, a note, or a displayed formula. */
export function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'prose':
      return (
        <p className={blockClass('derivation-prose', holdsLiveMath(block.parts))}>
          <Parts parts={block.parts} />
        </p>
      );
    case 'note':
      return (
        <p className={blockClass('derivation-note', holdsLiveMath(block.parts))}>
          <Parts parts={block.parts} />
        </p>
      );
    case 'math':
      return <Tex tex={block.tex} display cached={!block.live} />;
  }
}
