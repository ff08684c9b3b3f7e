import { describe, expect, it } from 'vitest';
import { figureFileName, figureSlug } from '../../../src/ui/export/fileName';

describe('figureSlug', () => {
  it('lower-cases a panel title and joins its words with hyphens', () => {
    expect(figureSlug('Data space')).toBe('data-space');
    expect(figureSlug('Parameter space')).toBe('parameter-space');
    expect(figureSlug('Loss')).toBe('loss');
  });

  it('drops accents and collapses punctuation into one hyphen, none at the ends', () => {
    expect(figureSlug('  Schätzung: η / Zeit!  ')).toBe('schatzung-η-zeit');
  });

  it('names a title with nothing usable "figure"', () => {
    expect(figureSlug('—/—')).toBe('figure');
  });
});

describe('figureFileName', () => {
  it('names the figure, the iteration shown and the format', () => {
    expect(figureFileName('Data space', 12, 'svg')).toBe('data-space-iteration-12.svg');
    expect(figureFileName('Loss', 0, 'png')).toBe('loss-iteration-0.png');
  });

  it('leaves the iteration out when there is none, or it is not a count', () => {
    expect(figureFileName('Parameter space', null, 'png')).toBe('parameter-space.png');
    expect(figureFileName('Loss', Number.NaN, 'svg')).toBe('loss.svg');
    expect(figureFileName('Loss', -1, 'svg')).toBe('loss.svg');
    expect(figureFileName('Loss', 2.5, 'svg')).toBe('loss.svg');
  });
});
