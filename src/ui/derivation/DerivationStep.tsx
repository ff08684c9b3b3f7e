import { useEffect, useRef } from 'react';
import type { Section } from './content';
import { BlockView } from './BlockView';

interface DerivationStepProps {
  section: Section;
  /** Its place in the derivation, counted from 1. */
  number: number;
  open: boolean;
  /** The step slow motion is at: shown open, marked, and scrolled into view. */
  current?: boolean;
  onToggle: (id: string, open: boolean) => void;
}

/**
 * One step as a disclosure: the summary is its title, and the keyboard opens and closes it
 * (Enter or Space on the summary) as the mouse does. Its formulas are built and typeset only
 * while it is open.
 */
export function DerivationStep({
  section,
  number,
  open: openByReader,
  current = false,
  onToggle,
}: DerivationStepProps) {
  const item = useRef<HTMLLIElement>(null);
  const open = openByReader || current;
  useEffect(() => {
    if (!current || !item.current) return;
    // Only the derivation's own scroll box moves (wide screens): scrolling the page would pull
    // the figures the phase is about out of view.
    const box = item.current.closest('.derivation');
    if (!(box instanceof HTMLElement) || box.scrollHeight <= box.clientHeight) return;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    const header = box.querySelector('.derivation-header')?.getBoundingClientRect().height ?? 0;
    const offset =
      item.current.getBoundingClientRect().top - box.getBoundingClientRect().top - header;
    box.scrollBy({ top: offset, behavior: reduce ? 'auto' : 'smooth' });
  }, [current]);
  return (
    <li
      ref={item}
      className={current ? 'derivation-step derivation-step-current' : 'derivation-step'}
      aria-current={current ? 'step' : undefined}
    >
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
