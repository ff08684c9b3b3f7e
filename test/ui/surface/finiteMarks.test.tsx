import { scaleLinear } from 'd3-scale';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CurrentIterationMarker } from '../../../src/ui/curve/CurrentIterationMarker';
import { isolinePath } from '../../../src/ui/data/isolines';
import { arrowHeadPoints, stepArrow } from '../../../src/ui/surface/gradientArrow';
import { GuessMark } from '../../../src/ui/surface/GuessMark';
import { RunBMarks } from '../../../src/ui/surface/RunBMarks';
import { SurfaceMarks } from '../../../src/ui/surface/SurfaceMarks';
import { pixelPair } from '../../../src/ui/plot/pixels';

/**
 * Issue 17, item 8: η = 1e300 while playing logged "<polygon> attribute points: Expected number".
 * Chromium reads SVG numbers as 32-bit floats: no coordinate may be NaN, Infinity or beyond
 * ±3.4e38 (the figures clamp to ±1e5).
 */

const scales = {
  x: scaleLinear().domain([-2, 2]).range([0, 400]),
  y: scaleLinear().domain([-2, 2]).range([300, 0]),
};

/** Every number in the markup's coordinate attributes. */
function coordinates(markup: string): string[] {
  const values: string[] = [];
  const attributes = /\s(points|d|x1|x2|y1|y2|cx|cy|x|y)="([^"]*)"/g;
  for (const [, , value] of markup.matchAll(attributes)) {
    values.push(...(value.match(/[-+]?[\d.]+(?:e[-+]?\d+)?|NaN|Infinity/gi) ?? []));
  }
  return values;
}

function expectDrawable(markup: string): void {
  for (const value of coordinates(markup)) {
    expect(value).not.toMatch(/NaN|Infinity/);
    // Marks are drawn a few pixels around a clamped centre.
    expect(Math.abs(Number(value))).toBeLessThanOrEqual(1e5 + 100);
  }
}

const EXTREME = [5.7e299, -1e308, Infinity, -Infinity, NaN, 1e38, 3];

describe('no non-finite or unparseable coordinate reaches the SVG', () => {
  it('the surface marks: path, dots, current θ, optimum, arrow', () => {
    for (const big of EXTREME) {
      const xs = [0, 1, big, 2 * big];
      const path = { epoch: 1, xs, ys: xs.map((x) => -x), iterations: [0, 1, 2, 3], bounds: null };
      const current = { x: big, y: -big };
      const arrow = stepArrow({ x: 0.5, y: 0.5 }, { x: big, y: big / 3 }, scales, 200);
      const arrowFar = stepArrow(current, { x: 1, y: 1 }, scales, 200);
      for (const a of [arrow, arrowFar]) {
        const markup = renderToStaticMarkup(
          createElement(SurfaceMarks, {
            path,
            iteration: 2,
            current,
            arrow: a,
            optimum: { x: big, y: big },
            scales,
          }),
        );
        expectDrawable(markup);
      }
      expectDrawable(
        renderToStaticMarkup(createElement(RunBMarks, { path, iteration: 3, current, scales })),
      );
      expectDrawable(
        renderToStaticMarkup(
          createElement(GuessMark, { guess: { x: big, y: 1 }, current, scales }),
        ),
      );
      expectDrawable(
        renderToStaticMarkup(
          createElement(CurrentIterationMarker, {
            x: scales.x(big),
            lossY: scales.y(big),
            gradientNormY: NaN,
            plotHeight: 300,
          }),
        ),
      );
    }
  });

  it('an arrowhead from a far-away tail is still numbers SVG can read', () => {
    const points = arrowHeadPoints({ x1: 5.7e299, y1: 0, x2: 5.7e299 + 1e285, y2: 1, scale: 1 });
    expectDrawable(`<polygon points="${points}"/>`);
  });

  it('an isoline through far points is clamped', () => {
    const d = isolinePath(
      [
        {
          points: [
            [0, 0],
            [1e300, 2],
            [NaN, 1],
            [3, 4],
          ],
          closed: false,
        },
      ],
      10,
      10,
    );
    expectDrawable(`<path d="${d}"/>`);
  });
});

describe('run B’s path in settled blocks and a live tail', () => {
  it('draws every point up to the iteration shown, in order, exactly once past the join', () => {
    const count = 700;
    const xs = Array.from({ length: count }, (_, k) => -1.5 + (3 * k) / count);
    const ys = xs.map((x) => Math.sin(3 * x));
    const iterations = xs.map((_, k) => 2 * k);
    const path = { epoch: 1, xs, ys, iterations, bounds: null };
    for (const iteration of [0, 10, 511, 600, 1398]) {
      const markup = renderToStaticMarkup(
        createElement(RunBMarks, { path, iteration, current: null, scales }),
      );
      const lists = [...markup.matchAll(/<polyline[^>]*points="([^"]*)"/g)].map((m) =>
        m[1].trim().split(/\s+/).filter(Boolean),
      );
      // The tail starts where the settled prefix ends: drop the repeated joint.
      const drawn = lists.flatMap((list, k) => (k === 0 ? list : list.slice(1)));
      const shown = iterations.filter((i) => i <= iteration).length;
      const expected = xs.slice(0, shown).map((x, k) => pixelPair(scales.x(x), scales.y(ys[k])));
      expect(drawn).toEqual(expected);
    }
  });
});
