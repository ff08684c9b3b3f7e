import { describe, expect, it } from 'vitest';
import { decodePageState, encodePageState } from '../../../src/state/pageLink';
import {
  embedCode,
  embedFragment,
  embedTitle,
  fullAppFragment,
  pageAddress,
} from '../../../src/ui/app/embed';

const CHAPTERS = ['newton', 'sigmoid'];

describe('embed links', () => {
  it('carries the run and the chapter, but neither presentation mode nor hidden parts', () => {
    const page = encodePageState({
      chapter: 'newton',
      scene: 2,
      presenting: true,
      hidden: ['data'],
    });
    const fragment = embedFragment('eta=0.5', page, ['data', 'transport']);
    const { state, notices } = decodePageState(fragment, CHAPTERS);
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ chapter: 'newton', scene: 2, presenting: false, hidden: [] });
    expect(state.embed).toEqual(['data', 'transport']);
    expect(fragment.startsWith('eta=0.5&')).toBe(true);
  });

  it('reads the parts in layout order, drops repeats and names what it cannot show', () => {
    const { state, notices } = decodePageState('embed=transport,data,data,cockpit', CHAPTERS);
    expect(state.embed).toEqual(['data', 'transport']);
    expect(notices).toEqual(['"cockpit" is not a part of the page that can be embedded.']);
  });

  it('shows the figures and the transport when a link names no usable part', () => {
    expect(decodePageState('embed=', CHAPTERS).state.embed).toEqual([
      'data',
      'surface',
      'transport',
    ]);
    expect(decodePageState('chapter=newton', CHAPTERS).state.embed).toBeNull();
  });

  it('opens the full app without the embedding', () => {
    const { state } = decodePageState('chapter=newton&embed=surface', CHAPTERS);
    const full = fullAppFragment('eta=2', state);
    expect(full).toBe('eta=2&chapter=newton');
    expect(pageAddress(full, { href: 'https://example.org/app/#old' })).toBe(
      'https://example.org/app/#eta=2&chapter=newton',
    );
  });
});

describe('embedCode', () => {
  it('is a plain iframe with a title, lazy loading and a sandbox that lets workers run', () => {
    const code = embedCode('https://example.org/app/#eta=1&embed=data', ['data']);
    expect(code).toMatch(/^<iframe src="https:\/\/example.org\/app\/#eta=1&amp;embed=data" /);
    expect(code).toContain(`title="${embedTitle(['data'])}"`);
    expect(code).toContain('loading="lazy"');
    expect(code).toContain('width="800" height="500"');
    const sandbox = / sandbox="([^"]*)"/.exec(code)![1].split(' ');
    expect(sandbox).toEqual(
      expect.arrayContaining(['allow-scripts', 'allow-same-origin', 'allow-popups']),
    );
    expect(sandbox).not.toContain('allow-top-navigation');
    expect(code.endsWith('></iframe>')).toBe(true);
  });

  it('cannot be broken out of by what the address holds', () => {
    const code = embedCode('https://example.org/#name="><script>alert(1)</script>', ['data']);
    expect(code).not.toContain('<script>');
    expect(code.match(/"/g)!.length % 2).toBe(0);
  });
});
