import type { Block, Inline } from './content';
import { Tex } from './Tex';

/** Words as React text (so user text is never HTML), formulas through KaTeX. */
function Parts({ parts }: { parts: readonly Inline[] }) {
  return parts.map((part, k) =>
    typeof part === 'string' ? part : <Tex key={k} tex={part.math} cached={!part.live} />,
  );
}

/** One block of a step: a paragraph, a note, or a displayed formula. */
export function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'prose':
      return (
        <p className="derivation-prose">
          <Parts parts={block.parts} />
        </p>
      );
    case 'note':
      return (
        <p className="derivation-note">
          <Parts parts={block.parts} />
        </p>
      );
    case 'math':
      return <Tex tex={block.tex} display cached={!block.live} />;
  }
}
