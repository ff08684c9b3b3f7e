import type { Section } from './content';
import { BlockView } from './BlockView';

interface DerivationStepProps {
  section: Section;
  /** Its place in the derivation, counted from 1. */
  number: number;
  open: boolean;
  onToggle: (id: string, open: boolean) => void;
}

/**
 * One step as a disclosure: the summary is its title, and the keyboard opens and closes it
 * (Enter or Space on the summary) as the mouse does. Its formulas are built and typeset only
 * while it is open.
 */
export function DerivationStep({ section, number, open, onToggle }: DerivationStepProps) {
  return (
    <li className="derivation-step">
      <details open={open} onToggle={(event) => onToggle(section.id, event.currentTarget.open)}>
        <summary className="derivation-summary">
          <span className="derivation-number">{number}.</span> {section.title}
        </summary>
        {open && (
          <div className="derivation-body">
            {section.build().map((block, k) => (
              <BlockView key={k} block={block} />
            ))}
          </div>
        )}
      </details>
    </li>
  );
}
