/**
 * Moving through the guide: where "next" and "previous" lead (scene by scene, across chapters),
 * and the configuration a scene runs. Pure, so a presenter's clicker and the buttons on the page
 * take the same path, and the tests can walk it without a browser.
 */
import type { TrainingConfig } from '../state/config';
import type { Chapter, Scene, SceneChange } from './chapters';

/** A place in the guide: a chapter and one of its scenes. */
export interface GuidePosition {
  readonly chapter: number;
  readonly scene: number;
}

/** The learning-rate landmarks of the chapter's data, when the run has computed them. */
export interface SceneLandmarks {
  readonly descentGuaranteed: number;
  readonly convergenceLimit: number | null;
}

/** The next place, or null at the last scene of the last chapter. */
export function nextPosition(
  chapters: readonly Chapter[],
  at: GuidePosition,
): GuidePosition | null {
  if (at.scene + 1 < chapters[at.chapter].scenes.length) return { ...at, scene: at.scene + 1 };
  if (at.chapter + 1 < chapters.length) return { chapter: at.chapter + 1, scene: 0 };
  return null;
}

/**
 * The previous place, or null at the very start. Going back past a chapter's first scene lands on
 * the previous chapter's first scene: replaying its last scene would show its ending first.
 */
export function previousPosition(
  chapters: readonly Chapter[],
  at: GuidePosition,
): GuidePosition | null {
  if (at.scene > 0) return { ...at, scene: at.scene - 1 };
  if (at.chapter > 0) return { chapter: at.chapter - 1, scene: 0 };
  return null;
}

/** The position clamped into the guide (a link may name a scene that does not exist). */
export function clampPosition(chapters: readonly Chapter[], at: GuidePosition): GuidePosition {
  const chapter = Math.min(Math.max(0, Math.trunc(at.chapter)), chapters.length - 1);
  const last = chapters[chapter].scenes.length - 1;
  return { chapter, scene: Math.min(Math.max(0, Math.trunc(at.scene) || 0), last) };
}

/** The last change made at or before scene `index`: scenes after a change keep it. */
function changeInForce(scenes: readonly Scene[], index: number): SceneChange | null {
  for (let k = index; k >= 0; k--) {
    const scene = scenes[k];
    if (scene.kind === 'change') return scene.change;
  }
  return null;
}

export type SceneConfig =
  | { readonly ok: true; readonly config: TrainingConfig }
  | { readonly ok: false; readonly reason: string };

/**
 * The configuration scene `index` of `chapter` runs: the chapter's, with the change in force. A
 * learning rate given by a landmark needs the landmarks (and 2/L* needs an optimum to exist).
 */
export function sceneConfig(
  chapter: Chapter,
  index: number,
  landmarks: SceneLandmarks | null,
): SceneConfig {
  const change = changeInForce(chapter.scenes, index);
  if (!change) return { ok: true, config: chapter.config };
  const { config } = chapter;
  let learningRate = config.optimizer.learningRate;
  if (typeof change.learningRate === 'number') learningRate = change.learningRate;
  else if (change.learningRate) {
    const value = landmarks?.[change.learningRate.landmark] ?? null;
    if (value === null) {
      return {
        ok: false,
        reason: landmarks
          ? 'This data has no optimum, so 2/L* does not exist.'
          : 'The learning-rate landmarks are not computed yet.',
      };
    }
    learningRate = value * change.learningRate.factor;
  }
  return {
    ok: true,
    config: {
      ...config,
      data: change.data ?? config.data,
      features: change.features ?? config.features,
      objective: {
        loss: change.loss ?? config.objective.loss,
        regularization: change.regularization ?? config.objective.regularization,
      },
      optimizer: {
        ...config.optimizer,
        learningRate,
        rule: change.rule ?? config.optimizer.rule,
        batchSize: change.batchSize ?? config.optimizer.batchSize,
        momentum: change.momentum ?? config.optimizer.momentum,
      },
    },
  };
}

/** How many single steps scene `index` stands on: the step scenes since the last start, play or change. */
export function stepsInto(scenes: readonly Scene[], index: number): number {
  let steps = 0;
  for (let k = index; k >= 0 && scenes[k].kind === 'step'; k--) steps++;
  return steps;
}
