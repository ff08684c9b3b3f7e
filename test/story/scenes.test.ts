import { describe, expect, it } from 'vitest';
import { CHAPTERS, chapterById } from '../../src/story/chapters';
import type { GuidePosition } from '../../src/story/scenes';
import {
  clampPosition,
  nextPosition,
  previousPosition,
  sceneConfig,
  stepsInto,
} from '../../src/story/scenes';

describe('moving through the guide', () => {
  it('visits every scene of every chapter once, forward, from the first to the last', () => {
    const visited: GuidePosition[] = [];
    let at: GuidePosition | null = { chapter: 0, scene: 0 };
    while (at) {
      visited.push(at);
      at = nextPosition(CHAPTERS, at);
    }
    const total = CHAPTERS.reduce((sum, chapter) => sum + chapter.scenes.length, 0);
    expect(visited).toHaveLength(total);
    expect(visited.at(-1)).toEqual({
      chapter: CHAPTERS.length - 1,
      scene: CHAPTERS.at(-1)!.scenes.length - 1,
    });
  });

  it('goes back scene by scene, and from a chapter’s start to the previous chapter’s start', () => {
    expect(previousPosition(CHAPTERS, { chapter: 2, scene: 1 })).toEqual({ chapter: 2, scene: 0 });
    expect(previousPosition(CHAPTERS, { chapter: 2, scene: 0 })).toEqual({ chapter: 1, scene: 0 });
    expect(previousPosition(CHAPTERS, { chapter: 0, scene: 0 })).toBeNull();
  });

  it('clamps a position a link made up', () => {
    expect(clampPosition(CHAPTERS, { chapter: 99, scene: 99 })).toEqual({
      chapter: CHAPTERS.length - 1,
      scene: CHAPTERS.at(-1)!.scenes.length - 1,
    });
    expect(clampPosition(CHAPTERS, { chapter: -3, scene: Number.NaN })).toEqual({
      chapter: 0,
      scene: 0,
    });
  });

  it('starts every chapter with its start scene', () => {
    for (const chapter of CHAPTERS) expect(chapter.scenes[0].kind).toBe('start');
  });

  it('counts the single steps a step scene stands on', () => {
    const scenes = chapterById('one-step')!.scenes;
    expect(scenes.map((_, index) => stepsInto(scenes, index))).toEqual([0, 1, 2, 3, 0]);
  });
});

describe('the configuration of a scene', () => {
  it('is the chapter’s own until a change, and keeps the change in later scenes', () => {
    const separable = chapterById('separable')!;
    const at = (index: number) => {
      const result = sceneConfig(separable, index, null);
      if (!result.ok) throw new Error(result.reason);
      return result.config;
    };
    expect(at(0)).toBe(separable.config);
    expect(at(1)).toBe(separable.config);
    expect(at(2).objective.regularization).toEqual({ kind: 'l2', lambda: 0.01 });
    expect(at(3).objective.regularization).toEqual({ kind: 'l1', lambda: 0.3 });
    expect(at(3).data).toEqual(separable.config.data);
  });

  it('changes the features, the data and the momentum when a scene says so', () => {
    const conditioning = chapterById('conditioning')!;
    const standardized = sceneConfig(conditioning, 2, null);
    if (!standardized.ok) throw new Error(standardized.reason);
    expect(conditioning.config.features.standardize).toBe(false);
    expect(standardized.config.features).toEqual({ standardize: true, degree: 1 });
    expect(standardized.config.data).toBe(conditioning.config.data);
    const rates = chapterById('rates')!;
    const momentum = sceneConfig(rates, 3, null);
    if (!momentum.ok) throw new Error(momentum.reason);
    expect(momentum.config.optimizer).toMatchObject({ rule: 'momentum', momentum: 0.6 });
    const separable = sceneConfig(rates, rates.scenes.length - 1, null);
    if (!separable.ok) throw new Error(separable.reason);
    expect(separable.config.data).toMatchObject({ kind: 'preset', preset: 'separable' });
    // A scene after a change of data would keep it: the change in force is the last one.
    expect(separable.config.features).toEqual(rates.config.features);
  });

  it('needs the landmarks for a learning rate given by one, and says so', () => {
    const chapter = chapterById('learning-rate')!;
    const last = chapter.scenes.length - 1;
    const missing = sceneConfig(chapter, last, null);
    expect(missing.ok).toBe(false);
    const noOptimum = sceneConfig(chapter, last, { descentGuaranteed: 4, convergenceLimit: null });
    expect(noOptimum).toEqual({ ok: false, reason: expect.stringMatching(/2\/L\*/) });
  });

  // What each scene's run does is checked in claims.test.ts, scene by scene.
});
