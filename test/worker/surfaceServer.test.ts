import { describe, expect, it } from 'vitest';
import { buildDesign, fitFeatureMap, generatePreset, lossSurface } from '../../src/engine';
import { DEFAULT_CONFIG } from '../../src/state/config';
import type { FromSurfaceWorker, SurfaceRequest } from '../../src/worker/surfaceProtocol';
import { contourGrid } from '../../src/worker/surfaceContours';
import { COARSE_SIZE, createSurfaceServer } from '../../src/worker/surfaceServer';

function setup() {
  const posted: FromSurfaceWorker[] = [];
  const deferred: (() => void)[] = [];
  const handle = createSurfaceServer({
    post: (message) => posted.push(message),
    defer: (callback) => deferred.push(callback),
  });
  const drain = () => {
    while (deferred.length > 0) deferred.shift()!();
  };
  return { posted, deferred, handle, drain };
}

const data = { data: { ...DEFAULT_CONFIG.data, n: 3000 }, features: DEFAULT_CONFIG.features };
const request = (size: number, bias = 0.2): SurfaceRequest => ({
  objective: DEFAULT_CONFIG.objective,
  theta: Float64Array.of(bias, 0, 0),
  spec: { x: { parameter: 1, min: -4, max: 4 }, y: { parameter: 2, min: -4, max: 4 }, size },
});

describe('the surface server', () => {
  it('answers with a coarse grid first, then the full grid, equal to the engine’s', () => {
    const { posted, handle, drain } = setup();
    handle({ type: 'data', data });
    handle({ type: 'compute', id: 1, request: request(60) });
    drain();
    expect(posted.map((m) => m.type === 'surface' && [m.coarse, m.spec.size])).toEqual([
      [true, COARSE_SIZE],
      [false, 60],
    ]);
    const generated = generatePreset(data.data.preset, data.data);
    const design = buildDesign(generated, fitFeatureMap(generated, data.features));
    const last = posted[1];
    if (last.type !== 'surface') throw new Error('no surface');
    expect(Array.from(last.values)).toEqual(
      Array.from(
        lossSurface(DEFAULT_CONFIG.objective, design, request(60).theta, request(60).spec),
      ),
    );
    // Each grid comes with its own contours, so the page only paints them.
    for (const message of posted) {
      if (message.type !== 'surface') continue;
      expect(message.contours).toEqual(contourGrid(message.values, message.spec.size));
      expect(message.contours.levels.length).toBeGreaterThan(1);
    }
  });

  it('a newer request takes over: the older one stops between bands and is never finished', () => {
    const { posted, deferred, handle } = setup();
    handle({ type: 'data', data });
    handle({ type: 'compute', id: 1, request: request(100) });
    deferred.shift()!(); // coarse grid and the first band of request 1
    handle({ type: 'compute', id: 2, request: request(100, -1) });
    while (deferred.length > 0) deferred.shift()!();
    const finished = posted
      .filter((m) => m.type === 'surface' && !m.coarse)
      .map((m) => m.type === 'surface' && m.id);
    expect(finished).toEqual([2]);
  });

  it('a burst of requests computes only the last', () => {
    const { posted, handle, drain } = setup();
    handle({ type: 'data', data });
    for (let id = 1; id <= 5; id++) handle({ type: 'compute', id, request: request(30, id / 10) });
    drain();
    expect(new Set(posted.map((m) => m.type === 'surface' && m.id))).toEqual(new Set([5]));
  });

  it('reports data it cannot use', () => {
    const { posted, handle } = setup();
    handle({ type: 'data', data: { ...data, data: { ...data.data, n: 1 } } });
    expect(posted[0]).toMatchObject({ type: 'failed', id: null });
  });
});
