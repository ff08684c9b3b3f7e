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
import { Trainer } from '../../src/worker/trainer';
import { prepareRun } from '../../src/worker/run';
import { analyze } from '../../src/worker/analysis';

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
    expect(at(3).objective.regularization).toEqual({ kind: 'l1', lambda: 0.05 });
    expect(at(3).data).toEqual(separable.config.data);
  });

  it('needs the landmarks for a learning rate given by one, and says so', () => {
    const chapter = chapterById('learning-rate')!;
    const last = chapter.scenes.length - 1;
    const missing = sceneConfig(chapter, last, null);
    expect(missing.ok).toBe(false);
    const noOptimum = sceneConfig(chapter, last, { descentGuaranteed: 4, convergenceLimit: null });
    expect(noOptimum).toEqual({ ok: false, reason: expect.stringMatching(/2\/L\*/) });
  });

  // The learning-rate chapter promises: 2/L0 and just under 2/L* converge, past 2/L* the loss
  // never settles (bounded for the log-loss, so not "diverged": it keeps going up and down).
  it('makes the learning-rate chapter’s runs do what its captions say', () => {
    const chapter = chapterById('learning-rate')!;
    const prepared = prepareRun(chapter.config);
    const limits = analyze(chapter.config.objective, prepared.design, prepared.map).landmarks;
    const run = (index: number) => {
      const resolved = sceneConfig(chapter, index, limits);
      if (!resolved.ok) throw new Error(resolved.reason);
      const trainer = new Trainer(resolved.config, 1);
      const losses: number[] = [];
      for (let k = 0; k < 3000 && !trainer.snapshot(false, 1).stop; k++) {
        trainer.stepForward();
        losses.push(trainer.snapshot(false, 1).loss);
      }
      return { stop: trainer.snapshot(false, 1).stop?.kind ?? 'running', losses };
    };
    const changes = chapter.scenes.flatMap((scene, index) =>
      scene.kind === 'change' ? [run(index)] : [],
    );
    expect(changes.map((outcome) => outcome.stop)).toEqual(['converged', 'converged', 'running']);
    const tail = changes[2].losses.slice(-100);
    const rises = tail.filter((loss, k) => k > 0 && loss > tail[k - 1]).length;
    expect(rises).toBeGreaterThan(20);
    expect(Math.min(...tail)).toBeGreaterThan(changes[1].losses.at(-1)! + 1e-3);
  });
});
