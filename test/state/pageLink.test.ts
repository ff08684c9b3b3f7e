import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeConfig, encodeConfig } from '../../src/state/link';
import { DEFAULT_CONFIG } from '../../src/state/config';
import type { PageState } from '../../src/state/pageLink';
import {
  configPart,
  decodePageState,
  encodePageState,
  EMBED_PARTS,
  HIDEABLE,
  joinFragment,
  PAGE_KEYS,
} from '../../src/state/pageLink';

const IDS = ['sigmoid', 'newton'];

const pageState = fc.record({
  chapter: fc.constantFrom(null, ...IDS),
  scene: fc.integer({ min: 0, max: 20 }),
  presenting: fc.boolean(),
  hidden: fc.uniqueArray(fc.constantFrom(...HIDEABLE)),
  // The parts of an embedded page come back in layout order.
  embed: fc.option(
    fc
      .uniqueArray(fc.constantFrom(...EMBED_PARTS), { minLength: 1 })
      .map((parts) => EMBED_PARTS.filter((part) => parts.includes(part))),
    { nil: null },
  ),
});

describe('the page state in a link', () => {
  it('decodes what it encoded', () => {
    fc.assert(
      fc.property(pageState, (state: PageState) => {
        const expected = { ...state, scene: state.chapter === null ? 0 : state.scene };
        expect(decodePageState(encodePageState(state), IDS)).toEqual({
          state: expected,
          notices: [],
        });
      }),
    );
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (key, value) => {
        const text = `${encodeURIComponent(key)}=${encodeURIComponent(value)}&hide=${value}&chapter=${value}`;
        const { state } = decodePageState(text, IDS);
        expect(state.chapter === null || IDS.includes(state.chapter)).toBe(true);
        expect(state.hidden.every((part) => HIDEABLE.includes(part))).toBe(true);
      }),
    );
  });

  it('says what it could not use', () => {
    const { state, notices } = decodePageState('#chapter=nope&hide=data,<b>x</b>', IDS);
    expect(state.chapter).toBeNull();
    expect(state.hidden).toEqual(['data']);
    expect(notices).toHaveLength(2);
    expect(notices[0]).toMatch(/chapter "nope" does not exist/);
  });

  it('shares the fragment with the configuration, which ignores its keys', () => {
    const config = encodeConfig(DEFAULT_CONFIG).text;
    const page = encodePageState({
      chapter: 'newton',
      scene: 2,
      presenting: true,
      hidden: ['data'],
      embed: ['surface'],
    });
    const fragment = joinFragment(config, page);
    expect(configPart(fragment)).toBe(config);
    expect(decodeConfig(fragment, 'link', PAGE_KEYS)).toEqual({
      config: DEFAULT_CONFIG,
      notices: [],
    });
    // Without being told, the configuration's decoder would call them unknown.
    expect(decodeConfig(fragment, 'link').notices).toHaveLength(PAGE_KEYS.length);
  });
});
