import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDataIndex, toTrainingIndex } from '../../../src/ui/derivation/trainingPoint';

const mask = fc
  .array(fc.constantFrom(0, 1), { minLength: 1, maxLength: 60 })
  .filter((bits) => bits.includes(0))
  .map((bits) => Uint8Array.from(bits));

describe('the derivation’s training point and the page’s point', () => {
  it('are the same point both ways for a training point; the identity without a split', () => {
    fc.assert(
      fc.property(mask, (heldOut) => {
        const training = Array.from(heldOut.keys()).filter((i) => heldOut[i] === 0);
        training.forEach((i, k) => {
          expect(toTrainingIndex(heldOut, i)).toBe(k);
          expect(toDataIndex(heldOut, k)).toBe(i);
        });
        // A held-out point maps to a training point (the next one, else the last).
        for (let i = 0; i < heldOut.length; i++) {
          if (heldOut[i] === 0) continue;
          const k = toTrainingIndex(heldOut, i);
          const next = training.findIndex((j) => j > i);
          expect(k).toBe(next === -1 ? training.length - 1 : next);
        }
      }),
    );
    expect(toTrainingIndex(null, 7)).toBe(7);
    expect(toDataIndex(null, 7)).toBe(7);
  });
});
