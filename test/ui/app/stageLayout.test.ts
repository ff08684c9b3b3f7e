import { describe, expect, it } from 'vitest';
import type { StageParts } from '../../../src/ui/app/stageLayout';
import { stageColumns } from '../../../src/ui/app/stageLayout';

/** The column tracks of the template, each a minmax(…). */
const tracks = (parts: StageParts) => stageColumns(parts).match(/minmax\([^)]*\)/g) ?? [];

describe('stageColumns', () => {
  it('gives the figures the middle, the guide the left and the mathematics the right', () => {
    const all = tracks({ guide: true, guideText: true, side: true });
    expect(all).toHaveLength(3);
    expect(all[1]).toBe('minmax(0, 1.25fr)');
  });

  it('gives a hidden column’s room to the figures', () => {
    expect(stageColumns({ guide: false, guideText: true, side: false })).toBe('minmax(0, 1.25fr)');
    expect(tracks({ guide: false, guideText: true, side: true })).toHaveLength(2);
    expect(tracks({ guide: true, guideText: false, side: false })).toHaveLength(2);
  });

  it('narrows the guide when only its question shows', () => {
    const withText = stageColumns({ guide: true, guideText: true, side: true });
    const without = stageColumns({ guide: true, guideText: false, side: true });
    expect(withText).not.toBe(without);
  });
});
