/**
 * The presenter's controls in the page header: presentation mode on and off, and which parts of
 * the page to hide (kept in the link, so a teacher can share a pared-down page).
 */
import type { Hideable } from '../../state/pageLink';
import { HIDEABLE, HIDEABLE_NAMES } from '../../state/pageLink';
import type { Guide } from './useGuide';
import type { Presentation } from './usePresentation';

export function PresentationControls({
  guide,
  presentation,
}: {
  guide: Guide;
  presentation: Presentation;
}) {
  const { hidden } = guide.page;
  const toggle = (part: Hideable, hide: boolean) =>
    guide.setHidden(hide ? [...hidden, part] : hidden.filter((other) => other !== part));
  return (
    <div className="presentation-controls">
      <button
        type="button"
        className="button button-small"
        aria-pressed={presentation.presenting}
        onClick={presentation.presenting ? presentation.exit : presentation.enter}
      >
        Presentation mode
      </button>
      <details className="presentation-hide">
        <summary>{hidden.length > 0 ? `Hidden parts (${hidden.length})` : 'Hide parts'}</summary>
        <fieldset>
          <legend>Hide from the page (and the shared link)</legend>
          {HIDEABLE.map((part) => (
            <label key={part} className="presentation-hide-option">
              <input
                type="checkbox"
                checked={hidden.includes(part)}
                onChange={(event) => toggle(part, event.target.checked)}
              />
              {HIDEABLE_NAMES[part]}
            </label>
          ))}
          {hidden.length > 0 && (
            <button
              type="button"
              className="button button-small"
              onClick={() => guide.setHidden([])}
            >
              Show all
            </button>
          )}
        </fieldset>
      </details>
    </div>
  );
}
