import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RunHistory, type HistoryEntry } from '../../src/state/history';

const entry = (iteration: number): HistoryEntry => ({
  iteration,
  epoch: iteration,
  cursor: 0,
  loss: 1 / (iteration + 1),
  gradientNorm: iteration / 10,
  theta: Float64Array.of(iteration, -iteration),
  aux: Float64Array.of(0, iteration / 2),
});

function filled(count: number, capacity = 20, dense = 10): RunHistory {
  const history = new RunHistory(2, capacity, dense);
  for (let i = 0; i < count; i++) history.append(entry(i));
  return history;
}

describe('RunHistory', () => {
  it('stores and returns every field of an entry', () => {
    const history = filled(3);
    expect(history.length).toBe(3);
    const third = history.entry(2);
    expect(third.iteration).toBe(2);
    expect(third.loss).toBe(1 / 3);
    expect(Array.from(third.theta)).toEqual([2, -2]);
    expect(Array.from(third.aux)).toEqual([0, 1]);
    expect(Array.from(history.view('gradientNorm'))).toEqual([0, 0.1, 0.2]);
  });

  it('refuses entries out of order and indices out of range', () => {
    const history = filled(3);
    expect(() => history.append(entry(2))).toThrow(RangeError);
    expect(() => history.entry(3)).toThrow(RangeError);
    expect(() => history.entry(-1)).toThrow(RangeError);
  });

  it('finds the entry at or before an iteration', () => {
    const history = filled(5);
    expect(history.indexAtOrBefore(3)).toBe(3);
    expect(history.indexAtOrBefore(3.5)).toBe(3);
    expect(history.indexAtOrBefore(99)).toBe(4);
    expect(history.indexAtOrBefore(-5)).toBe(0);
  });

  it('truncating discards the future and counts as a revision', () => {
    const history = filled(6);
    const revision = history.revision;
    history.truncateAfter(2);
    expect(history.length).toBe(3);
    expect(history.revision).toBe(revision + 1);
    history.append(entry(3));
    expect(history.revision).toBe(revision + 1);
    expect(history.iteration(3)).toBe(3);
  });

  it('keeps memory bounded: the most recent entries stay dense, older ones are thinned, iteration 0 stays', () => {
    const history = filled(1000, 20, 10);
    expect(history.length).toBeLessThanOrEqual(20);
    const iterations = Array.from(history.view('iteration'));
    expect(iterations[0]).toBe(0);
    expect(iterations.slice(-10)).toEqual(Array.from({ length: 10 }, (_, k) => 990 + k));
    // Strictly increasing, and the entries kept still carry their own values.
    for (let k = 1; k < iterations.length; k++)
      expect(iterations[k]).toBeGreaterThan(iterations[k - 1]);
    for (let k = 0; k < history.length; k++) {
      const e = history.entry(k);
      expect(Array.from(e.theta)).toEqual([e.iteration, -e.iteration]);
    }
  });

  it('the default history keeps at least the last 100,000 iterations one by one', () => {
    const history = new RunHistory(3);
    const theta = new Float64Array(3);
    for (let i = 0; i < 230_000; i++) {
      history.append({
        iteration: i,
        epoch: i,
        cursor: 0,
        loss: 0,
        gradientNorm: 0,
        theta,
        aux: theta,
      });
    }
    const iterations = history.view('iteration');
    expect(history.length).toBeLessThanOrEqual(history.capacity);
    expect(iterations[iterations.length - 100_000]).toBe(130_000);
    expect(iterations[iterations.length - 1]).toBe(229_999);
  });

  it('a chunk round-trips into another history', () => {
    const history = filled(7);
    const copy = new RunHistory(2, 20, 10);
    copy.appendChunk(history.chunk());
    expect(Array.from(copy.view('loss'))).toEqual(Array.from(history.view('loss')));
    expect(copy.entry(6)).toEqual(history.entry(6));
    const tail = history.chunk(5);
    expect(Array.from(tail.iteration)).toEqual([5, 6]);
  });

  it('keeps each entry’s own auxiliary state, whatever its length, through thinning and chunks', () => {
    // A run that changes rule mid-way: no auxiliary state, then momentum's (one per parameter).
    const auxOf = (i: number) => (i % 3 === 0 ? new Float64Array(0) : Float64Array.of(i, -i / 2));
    const history = new RunHistory(2, 20, 10);
    for (let i = 0; i < 50; i++) history.append({ ...entry(i), aux: auxOf(i) });
    const check = (h: RunHistory) => {
      for (let k = 0; k < h.length; k++) {
        const { iteration, aux } = h.entry(k);
        expect(Array.from(aux)).toEqual(Array.from(auxOf(iteration)));
      }
    };
    check(history);
    const bulk = new RunHistory(2, 20, 10);
    bulk.appendChunk(history.chunk());
    check(bulk);
    // Too many for its room: entry by entry, thinning as it goes.
    const oneByOne = new RunHistory(2, 12, 5);
    oneByOne.appendChunk(history.chunk());
    expect(oneByOne.length).toBeLessThan(history.length);
    check(oneByOne);
    const tooLong = new Float64Array(history.auxWidth + 1);
    expect(() => history.append({ ...entry(60), aux: tooLong })).toThrow(RangeError);
  });
});

describe('RunHistory copies', () => {
  it('a copy sent the same entries in any chunking thins the same way', () => {
    const original = new RunHistory(2, 20, 10);
    const copy = new RunHistory(2, 20, 10);
    let sent = 0;
    const sizes = [1, 7, 3, 12, 5, 9, 2, 10, 4];
    for (let i = 0, k = 0; i < 300; i++) {
      original.append(entry(i));
      if (original.appended - sent >= sizes[k % sizes.length]) {
        const fresh = original.appended - sent;
        // As the player does: more new entries than the dense part means some were thinned away
        // before being sent, and the copy is replaced instead.
        if (fresh > original.denseCount) copy.clear();
        copy.appendChunk(original.chunk(fresh > original.denseCount ? 0 : original.length - fresh));
        sent = original.appended;
        k++;
      }
    }
    copy.appendChunk(original.chunk(original.length - (original.appended - sent)));
    expect(original.revision).toBe(0);
    expect(copy.chunk()).toEqual(original.chunk());
  });

  it('appending a chunk in bulk equals appending its entries one by one', () => {
    const source = filled(15);
    const bulk = new RunHistory(2, 20, 10);
    bulk.appendChunk(source.chunk());
    const single = new RunHistory(2, 20, 10);
    for (let k = 0; k < source.length; k++) single.append(source.entry(k));
    expect(bulk.chunk()).toEqual(single.chunk());
    expect(bulk.appended).toBe(15);
    expect(() => bulk.appendChunk(source.chunk(0, 1))).toThrow(RangeError);
  });
});

describe('the held-out loss in the history', () => {
  const withHeldOut = (iteration: number): HistoryEntry => ({
    ...entry(iteration),
    heldOutLoss: 2 + iteration / 100,
  });

  it('is kept beside the loss through thinning, chunks and a copy, NaN when not given', () => {
    const history = new RunHistory(2, 20, 10);
    for (let i = 0; i < 45; i++) history.append(withHeldOut(i));
    // Thinned: every kept entry still carries its own iteration's held-out loss.
    const iterations = history.view('iteration');
    const heldOut = history.view('heldOutLoss');
    for (let k = 0; k < history.length; k++) {
      expect(heldOut[k]).toBe(2 + iterations[k] / 100);
      expect(history.heldOutLoss(k)).toBe(heldOut[k]);
    }
    const copy = new RunHistory(2, 20, 10);
    copy.appendChunk(history.chunk());
    expect(Array.from(copy.view('heldOutLoss'))).toEqual(Array.from(heldOut));
    expect(Number.isNaN(filled(3).heldOutLoss(1))).toBe(true);
    history.setEvaluation(0, 0.5, 0.1, 0.75);
    expect(history.heldOutLoss(0)).toBe(0.75);
  });
});

describe('RunHistory thinning, for any capacity and run length', () => {
  it('keeps the newest denseCount entries one per iteration, iteration 0, and the order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 2, max: 30 }),
        fc.integer({ min: 0, max: 400 }),
        (dense, extra, count) => {
          const history = filled(count, dense + extra, dense);
          const kept = Array.from(history.view('iteration'));
          expect(kept.length).toBeLessThanOrEqual(dense + extra);
          if (count === 0) return;
          // The newest entries are all there, one per iteration, up to the last.
          const newest = Math.min(dense, count);
          expect(kept.slice(-newest)).toEqual(
            Array.from({ length: newest }, (_, k) => count - newest + k),
          );
          // Iteration 0 stays, and what is kept is in increasing order.
          expect(kept[0]).toBe(0);
          for (let k = 1; k < kept.length; k++) expect(kept[k]).toBeGreaterThan(kept[k - 1]);
          // Each entry kept is the one appended for its iteration.
          for (let k = 0; k < kept.length; k++) {
            expect(Array.from(history.entry(k).theta)).toEqual([kept[k], -kept[k]]);
          }
        },
      ),
    );
  });
});

describe('RunHistory thinning in bulk', () => {
  /** The thinning rule on iteration numbers alone: what a history of this size must hold. */
  function modelOfKept(count: number, capacity: number, dense: number): number[] {
    let kept: number[] = [];
    for (let i = 0; i < count; i++) {
      if (kept.length === capacity) {
        const older = kept.length - dense;
        kept = kept.filter((_, k) => k >= older || k % 2 === 0);
      }
      kept.push(i);
    }
    return kept;
  }

  // Each entry's auxiliary state of its own length, so a misplaced one shows.
  const varied = (iteration: number): HistoryEntry => ({
    ...entry(iteration),
    heldOutLoss: iteration * 3,
    aux: Float64Array.from({ length: iteration % 3 }, (_, j) => iteration + j / 10),
  });

  it('chunks of any sizes, and entries one by one, keep the entries the rule keeps', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 2, max: 20 }),
        fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 12 }),
        (dense, extra, sizes) => {
          const capacity = dense + extra;
          const count = sizes.reduce((a, b) => a + b, 0);
          const source = new RunHistory(2, count + 3, count + 1);
          for (let i = 0; i < count; i++) source.append(varied(i));
          const bulk = new RunHistory(2, capacity, dense);
          let from = 0;
          for (const size of sizes) {
            bulk.appendChunk(source.chunk(from, from + size));
            from += size;
          }
          const single = new RunHistory(2, capacity, dense);
          for (let i = 0; i < count; i++) single.append(varied(i));
          const kept = modelOfKept(count, capacity, dense);
          expect(Array.from(bulk.view('iteration'))).toEqual(kept);
          expect(bulk.chunk()).toEqual(single.chunk());
          expect(bulk.appended).toBe(count);
          kept.forEach((iteration, k) => {
            const e = bulk.entry(k);
            const want = varied(iteration);
            expect([e.epoch, e.loss, e.heldOutLoss, e.gradientNorm]).toEqual([
              want.epoch,
              want.loss,
              want.heldOutLoss,
              want.gradientNorm,
            ]);
            expect(Array.from(e.theta)).toEqual(Array.from(want.theta));
            expect(Array.from(e.aux)).toEqual(Array.from(want.aux));
          });
        },
      ),
    );
  });
});
