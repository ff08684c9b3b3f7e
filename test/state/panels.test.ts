import { describe, expect, it } from 'vitest';
import { EMBED_PARTS, EMBED_PART_NAMES, HIDEABLE, HIDEABLE_NAMES } from '../../src/state/pageLink';
import { PANEL_IDS, PANELS, panelHidden } from '../../src/state/panels';

describe('the panels table', () => {
  it('decides which panels a link can hide, and nothing else does', () => {
    for (const id of PANEL_IDS) {
      if (PANELS[id].hideable) expect(HIDEABLE).toContain(id);
      // Every part of the page a link can name hidden, all at once.
      expect(panelHidden(id, HIDEABLE)).toBe(PANELS[id].hideable);
      expect(panelHidden(id, [])).toBe(false);
    }
    expect(new Set(HIDEABLE).size).toBe(HIDEABLE.length);
  });

  it('hides the data panel never: hide=data is the drawer\'s "Data and sharing"', () => {
    expect(HIDEABLE).toContain('data');
    expect(panelHidden('data', ['data'])).toBe(false);
  });

  it('names each panel in the lists of hidden and embedded parts by its entry', () => {
    for (const id of PANEL_IDS) {
      expect(EMBED_PART_NAMES[id]).toBe(PANELS[id].name);
      if (PANELS[id].hideable) {
        expect(HIDEABLE_NAMES[id as keyof typeof HIDEABLE_NAMES]).toBe(PANELS[id].name);
      }
    }
  });

  it('embeds the panels in the order the page lays them out, then the transport', () => {
    expect(EMBED_PARTS).toEqual([...PANEL_IDS, 'transport']);
  });
});
