import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/state/config';
import { decodeConfig, encodeConfig } from '../../src/state/link';
import { MAX_LINK_POINTS, unpackPoints } from '../../src/state/pointsCodec';
import { decodePageState } from '../../src/state/pageLink';
import { buildDataset, defaultChoice, parseCsv } from '../../src/data/csvImport';
import { toPointsSource } from '../../src/ui/io/columnChoice';
import { chooseStartupConfig } from '../../src/ui/io/startupConfig';

/** Issue 17: hostile and inconsistent links (items 1, 2 and 11). */

const base64Url = (bytes: Uint8Array) =>
  Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/**
 * Packed "points" that inflate to `megabytes` of valid-looking JSON: a list of zeros. The page
 * inflated such a link whole (1.5 GB froze it for half a minute).
 */
function bomb(megabytes: number): string {
  const zeros = Buffer.alloc(megabytes * 1024 * 1024, '0,');
  const json = Buffer.concat([Buffer.from('["bomb",["a","b"],['), zeros, Buffer.from('0],[0,1]]')]);
  return base64Url(deflateRawSync(json, { level: 9 }));
}

describe('a link whose points inflate to far more than a link holds (item 1)', () => {
  it('is refused with the usual notice, within a second, without inflating it all', () => {
    const packed = bomb(48);
    expect(packed.length).toBeLessThan(200_000);
    const start = performance.now();
    const { config, notices } = decodeConfig(`data=points&points=${packed}`);
    const elapsed = performance.now() - start;
    expect(config.data.kind).toBe('preset');
    expect(notices).toEqual([
      `The link's points could not be read (too large: a link holds up to ${MAX_LINK_POINTS} points); a preset is used.`,
    ]);
    expect(elapsed).toBeLessThan(1000);
  });

  it('refuses a 2 MB packed text before even decoding it', () => {
    const start = performance.now();
    expect(unpackPoints('A'.repeat(2_000_000), MAX_LINK_POINTS)).toMatch(/^too large/);
    expect(performance.now() - start).toBeLessThan(100);
  });

  it('still reads the largest link it can make: 2,000 points in full precision', () => {
    const n = MAX_LINK_POINTS;
    const points = {
      kind: 'points' as const,
      name: 'x'.repeat(40),
      featureNames: ['a'.repeat(40), 'b'.repeat(40)],
      features: Array.from({ length: 2 * n }, (_, k) => -Math.PI * 1e-300 * (k + 1)),
      labels: Array.from({ length: n }, (_, k) => k % 2),
    };
    const text = encodeConfig({ ...DEFAULT_CONFIG, data: points }).text;
    const decoded = decodeConfig(text);
    expect(decoded.notices).toEqual([]);
    expect(decoded.config.data).toEqual(points);
    // Storage holds more than a link: its ceiling is that of an imported file.
    expect(unpackPoints(bomb(4))).toBe('sizes do not match');
  });
});

describe('duplicate keys and a start point that does not fit (item 11)', () => {
  it('a key given twice gets a notice, and the first value is used', () => {
    const { config, notices } = decodeConfig('eta=0.1&eta=5');
    expect(config.optimizer.learningRate).toBe(0.1);
    expect(notices).toEqual([
      'The setting "eta" is given 2 times ("0.1", "5"); the first is used.',
    ]);
    expect(decodePageState('chapter=newton&chapter=l1', ['newton', 'l1']).notices).toEqual([
      'The setting "chapter" is given 2 times; the first is used.',
    ]);
  });

  it('a start point of the wrong length is replaced by zeros, saying so', () => {
    const { config, notices } = chooseStartupConfig('#init=point:1,2,3,4,5', null);
    expect(config.initialization).toEqual({ kind: 'zeros' });
    expect(notices).toEqual([
      'The start point has 5 numbers, but this run has 3 parameters (the intercept and 2 features). The run starts at zeros.',
    ]);
    // The right length passes unremarked.
    const fits = chooseStartupConfig('#init=point:1,2,3', null);
    expect(fits.notices).toEqual([]);
    expect(fits.config.initialization).toEqual({ kind: 'point', theta: [1, 2, 3] });
  });
});

describe('a start point that overflows (item 2)', () => {
  it('is refused at startup with the reason, and the run starts at zeros', () => {
    const { config, notices, from } = chooseStartupConfig('#init=point:1e308,1e308,1e308', null);
    expect(from).toBe('link');
    expect(config.initialization).toEqual({ kind: 'zeros' });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^The start point θ = \(1\.00e\+308, .*\) is too far out/);
    expect(notices[0]).toMatch(/The run starts at zeros\.$/);
  });
});

describe('long column names made distinct (item 4)', () => {
  const prefix = 'The applicant’s score on the entrance examination, ';
  const csv = [
    `"${prefix}part one","${prefix}part two",admitted`,
    '1,2,0',
    '2,1,1',
    '3,5,0',
    '4,3,1',
  ].join('\n');

  it('stay distinct through a link and through storage', () => {
    const parsed = parseCsv(csv);
    if (!parsed.ok) throw new Error(parsed.reason);
    const choice = defaultChoice(parsed.table);
    if (!choice.ok) throw new Error(choice.reason);
    const built = buildDataset(parsed.table, choice.choice);
    if (!built.ok) throw new Error(built.reason);
    const points = toPointsSource('scores.csv', built.dataset, choice.choice);
    expect(new Set(points.featureNames).size).toBe(2);
    for (const name of points.featureNames) expect(name.length).toBeLessThanOrEqual(40);
    const config = { ...DEFAULT_CONFIG, data: points };
    for (const purpose of ['link', 'storage'] as const) {
      const decoded = decodeConfig(encodeConfig(config, purpose).text, purpose);
      expect(decoded.notices).toEqual([]);
      expect(decoded.config.data).toEqual(points);
    }
  });

  it('names saved that clash once cut are told apart, not dropped', () => {
    const text = encodeConfig({
      ...DEFAULT_CONFIG,
      data: {
        kind: 'points',
        name: 'old',
        featureNames: [`${prefix}part one`, `${prefix}part two`],
        features: [1, 2, 2, 1, 3, 5, 4, 3],
        labels: [0, 1, 0, 1],
      },
    }).text;
    const { config, notices } = decodeConfig(text, 'storage');
    expect(notices).toEqual([]);
    if (config.data.kind !== 'points') throw new Error('points lost');
    expect(new Set(config.data.featureNames).size).toBe(2);
    expect(config.data.featureNames[1]).toMatch(/… \(feature 2\)$/);
  });
});
