/**
 * The user's own points as text, for a link and a saved session: packed (deflated JSON in
 * base64url) and checked on the way back in. Whatever the text, reading it never throws and never
 * inflates more than the points it may hold; a string says what is wrong.
 */
import { deflateSync, strFromU8, strToU8 } from 'fflate';
import type { PointsSource } from './config';
import { inflateLimited } from './inflateLimited';
import { MAX_POINTS } from './limits';
import { shorten, withSuffix } from './userText';

/** Points up to this many travel in a link; more stay in local storage only. */
export const MAX_LINK_POINTS = 2000;

/**
 * Packed points by source object: a configuration is saved after every change of a setting, and
 * re-packing 100,000 points each time would stall the page for most of a second.
 */
const packed = new WeakMap<PointsSource, string>();

/** The points as deflated JSON in base64url: compact enough for a link of a few hundred points. */
export function packPoints(points: PointsSource): string {
  const cached = packed.get(points);
  if (cached !== undefined) return cached;
  const json = JSON.stringify([points.name, points.featureNames, points.features, points.labels]);
  const text = toBase64Url(deflateSync(strToU8(json), { level: 9 }));
  packed.set(points, text);
  return text;
}

/**
 * The most bytes packed points may inflate to, per point: two features and a label as JSON, each
 * number in full ("-2.2250738585072014e-308,") with room to spare.
 */
const PACKED_BYTES_PER_POINT = 64;
/** …plus the names (cut short once read, but a hand-made link may hold long ones). */
const PACKED_BYTES_NAMES = 64 * 1024;

/**
 * The points packed by packPoints, checked; a string saying what is wrong otherwise. Text that
 * would inflate to more than `maxPoints` points can hold is refused at once, unread.
 */
export function unpackPoints(text: string, maxPoints: number = MAX_POINTS): PointsSource | string {
  const maxBytes = maxPoints * PACKED_BYTES_PER_POINT + PACKED_BYTES_NAMES;
  const tooLarge = `too large: a ${maxPoints === MAX_LINK_POINTS ? 'link' : 'saved session'} holds up to ${maxPoints} points`;
  // Deflated data is never much longer than what it inflates to (base64 adds a third): text more
  // than twice the ceiling cannot be points, and is not even decoded.
  if (text.length > ((maxBytes * 4) / 3) * 2) return tooLarge;
  let value: unknown;
  try {
    const inflated = inflateLimited(fromBase64Url(text), maxBytes);
    if (inflated === 'too large') return tooLarge;
    value = JSON.parse(strFromU8(inflated));
  } catch {
    return 'not valid packed data';
  }
  if (!Array.isArray(value) || value.length !== 4) return 'not a list of points';
  const [name, featureNames, features, labels] = value as unknown[];
  const points = checkPoints({ name, featureNames, features, labels });
  if (typeof points === 'string') return points;
  const { labels: checked } = points;
  if (!checked.includes(0) || !checked.includes(1)) return 'both classes are needed';
  return points;
}

/**
 * The parts of a points source read back from text (a link, local storage), checked: one or two
 * named features, finite numbers in matching sizes, labels 0 or 1, names cut short. Either class
 * may be missing (a drawing in progress); a string says what is wrong otherwise.
 */
export function checkPoints(parts: {
  readonly name: unknown;
  readonly featureNames: unknown;
  readonly features: unknown;
  readonly labels: unknown;
}): PointsSource | string {
  const { name, featureNames, features, labels } = parts;
  const isNumbers = (list: unknown): list is number[] =>
    Array.isArray(list) && list.every((v) => typeof v === 'number' && Number.isFinite(v));
  if (
    typeof name !== 'string' ||
    !Array.isArray(featureNames) ||
    !featureNames.every((f) => typeof f === 'string')
  ) {
    return 'names missing';
  }
  const d = featureNames.length;
  if (d < 1 || d > 2 || !isNumbers(features) || !isNumbers(labels)) return 'numbers missing';
  let names = featureNames.map((f: string) => shorten(f));
  if (new Set(featureNames).size !== d) return 'feature names repeat';
  // Names that differ only past the cut (saved by an earlier version) are told apart, not lost.
  if (new Set(names).size !== d) names = names.map((f, k) => withSuffix(f, `(feature ${k + 1})`));
  if (labels.length > MAX_POINTS || features.length !== labels.length * d)
    return 'sizes do not match';
  if (!labels.every((y) => y === 0 || y === 1)) return 'labels must be 0 or 1';
  return {
    kind: 'points',
    name: shorten(name),
    featureNames: names,
    features,
    labels,
  };
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let k = 0; k < bytes.length; k++) binary += String.fromCharCode(bytes[k]);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
