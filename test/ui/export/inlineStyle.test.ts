import { describe, expect, it } from 'vitest';
import {
  genericFontFamily,
  propertiesFor,
  styleDeclarations,
} from '../../../src/ui/export/inlineStyle';

const values = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('styleDeclarations', () => {
  it('writes the computed colours of a layer root that are not initial', () => {
    const own = values({ fill: 'rgb(0, 114, 178)', stroke: 'none', 'stroke-width': '1px' });
    expect(styleDeclarations(own, null)).toBe('fill: rgb(0, 114, 178)');
  });

  it('leaves out inherited values equal to the parent’s, and writes those that differ', () => {
    const parent = values({ fill: 'rgb(84, 91, 107)', 'font-size': '11px', stroke: 'none' });
    const child = values({
      fill: 'rgb(84, 91, 107)',
      'font-size': '12px',
      stroke: 'rgb(27, 31, 41)',
    });
    expect(styleDeclarations(child, parent)).toBe('stroke: rgb(27, 31, 41); font-size: 12px');
  });

  it('writes an inherited value back to the initial one when the parent set another', () => {
    const parent = values({ stroke: 'rgb(255, 255, 255)' });
    expect(styleDeclarations(values({ stroke: 'none' }), parent)).toBe('stroke: none');
  });

  it('compares non-inherited properties with their initial value, not the parent’s', () => {
    const parent = values({ opacity: '0.35' });
    expect(styleDeclarations(values({ opacity: '0.35' }), parent)).toBe('opacity: 0.35');
    expect(styleDeclarations(values({ opacity: '1' }), parent)).toBe('');
  });

  it('always writes an <svg>’s overflow, which a nested <svg> would otherwise clip', () => {
    const svg = propertiesFor('svg');
    expect(styleDeclarations(values({ overflow: 'visible' }), null, svg)).toBe('overflow: visible');
    expect(propertiesFor('line').some((p) => p.name === 'overflow')).toBe(false);
  });

  it('always writes the font family at a layer root, and skips values not read', () => {
    expect(styleDeclarations(values({ 'font-family': 'sans-serif', fill: '' }), null)).toBe(
      'font-family: sans-serif',
    );
  });
});

describe('genericFontFamily', () => {
  it('keeps the generic family a stack ends in', () => {
    expect(
      genericFontFamily('system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif'),
    ).toBe('sans-serif');
    expect(genericFontFamily('"Times New Roman", serif')).toBe('serif');
    expect(genericFontFamily('KaTeX_Main, monospace')).toBe('monospace');
  });

  it('falls back to sans-serif for a stack of named fonts only', () => {
    expect(genericFontFamily('"Segoe UI", Roboto')).toBe('sans-serif');
  });
});
