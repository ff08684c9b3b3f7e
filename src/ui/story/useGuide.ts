/**
 * The guide through the chapters, and the presentation mode that drives it from a clicker: which
 * chapter and scene the reader is at (or none: exploring freely), what moving to a scene does to
 * the run, and the page state kept in the link and in local storage.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TrainingConfig } from '../../state/config';
import type { Hideable, PageState } from '../../state/pageLink';
import { encodePageState } from '../../state/pageLink';
import type { Chapter, Scene } from '../../story/chapters';
import { CHAPTERS } from '../../story/chapters';
import type { GuidePosition, SceneLandmarks } from '../../story/scenes';
import {
  clampPosition,
  nextPosition,
  previousPosition,
  sceneConfig,
  stepsInto,
} from '../../story/scenes';
import { syncPageFragment } from '../io/fragment';
import { browserStorage } from '../io/startupConfig';
import type { TrainerControls } from '../transport/useTrainer';
import { setPageFragment } from './pageFragment';
import type { StartupPage } from './pageStartup';
import { savePageState } from './pageStartup';
import { sameConfig } from './sameConfig';

export interface Guide {
  readonly page: PageState;
  /** Null while the reader explores freely. */
  readonly position: GuidePosition | null;
  readonly chapter: Chapter | null;
  readonly scene: Scene | null;
  /** Why the last scene could not be shown as written, or null. */
  readonly problem: string | null;
  /** What the link's page state held that could not be used. */
  readonly notices: readonly string[];
  dismissNotices(): void;
  /** Opens chapter `index` (0-based) at its start. */
  open(index: number): void;
  next(): void;
  previous(): void;
  /** Leaves the guide; the run and its settings stay as they are, to explore. */
  leave(): void;
  setPresenting(on: boolean): void;
  setHidden(hidden: readonly Hideable[]): void;
}

function positionOf(page: PageState): GuidePosition | null {
  const index = page.chapter === null ? -1 : CHAPTERS.findIndex((c) => c.id === page.chapter);
  return index < 0 ? null : clampPosition(CHAPTERS, { chapter: index, scene: page.scene });
}

export function useGuide(trainer: TrainerControls, startup: StartupPage): Guide {
  const [page, setPage] = useState<PageState>(startup.state);
  const [problem, setProblem] = useState<string | null>(null);
  const [notices, setNotices] = useState(startup.notices);
  const dismissNotices = useCallback(() => setNotices([]), []);
  const position = positionOf(page);
  /** A scene that needs the landmarks of its chapter's data, waiting for the run to load. */
  const pending = useRef<GuidePosition | null>(null);

  const landmarks: SceneLandmarks | null = trainer.info?.analysis.landmarks ?? null;
  const { restart, transport, sharedConfig } = trainer;
  /** The data the landmarks belong to (the run in the worker). */
  const runData = trainer.info?.source.data ?? null;

  const apply = useCallback(
    (to: GuidePosition, from: GuidePosition | null) => {
      const chapter = CHAPTERS[to.chapter];
      const scene = chapter.scenes[to.scene];
      const dataReady = runData !== null && sameConfig(runData, chapter.config.data);
      const resolved = sceneConfig(chapter, to.scene, dataReady ? landmarks : null);
      if (!resolved.ok) {
        // Load the chapter's data; the scene is shown once its landmarks are known.
        if (!dataReady || landmarks === null) {
          pending.current = to;
          if (!sameConfig(sharedConfig().data, chapter.config.data)) {
            transport.pause();
            restart(chapter.config);
          }
        } else {
          pending.current = null;
          setProblem(resolved.reason);
        }
        return;
      }
      pending.current = null;
      setProblem(null);
      const config: TrainingConfig = resolved.config;
      const loaded = sameConfig(sharedConfig(), config);
      const load = () => {
        transport.pause();
        restart(config);
      };
      switch (scene.kind) {
        case 'start':
          if (loaded) {
            transport.pause();
            transport.reset();
          } else load();
          break;
        case 'play':
          if (!loaded) load();
          transport.play();
          break;
        case 'step': {
          const oneOn = from !== null && from.chapter === to.chapter && from.scene === to.scene - 1;
          if (loaded && oneOn) {
            transport.pause();
            transport.step();
            break;
          }
          if (loaded) {
            transport.pause();
            transport.reset();
          } else load();
          for (let k = stepsInto(chapter.scenes, to.scene); k > 0; k--) transport.step();
          break;
        }
        case 'change':
          load();
          transport.play();
          break;
      }
    },
    [landmarks, runData, restart, transport, sharedConfig],
  );

  // A scene waiting for its landmarks goes on once the run has them.
  useEffect(() => {
    const waiting = pending.current;
    if (waiting && landmarks && runData) apply(waiting, null);
  }, [landmarks, runData, apply]);

  const goTo = useCallback(
    (to: GuidePosition) => {
      apply(to, position);
      setPage((current) => ({ ...current, chapter: CHAPTERS[to.chapter].id, scene: to.scene }));
    },
    [apply, position],
  );

  const open = useCallback((index: number) => goTo({ chapter: index, scene: 0 }), [goTo]);

  const next = useCallback(() => {
    if (!position) return goTo({ chapter: 0, scene: 0 });
    const to = nextPosition(CHAPTERS, position);
    if (to) goTo(to);
  }, [position, goTo]);

  const previous = useCallback(() => {
    if (!position) return;
    const to = previousPosition(CHAPTERS, position);
    if (to) goTo(to);
  }, [position, goTo]);

  const leave = useCallback(() => {
    pending.current = null;
    setProblem(null);
    setPage((current) => ({ ...current, chapter: null, scene: 0 }));
  }, []);

  const setPresenting = useCallback(
    (presenting: boolean) => setPage((current) => ({ ...current, presenting })),
    [],
  );
  const setHidden = useCallback(
    (hidden: readonly Hideable[]) => setPage((current) => ({ ...current, hidden })),
    [],
  );

  // The page state goes into the link (when one is open) and local storage as it changes.
  useEffect(() => {
    const text = encodePageState(page);
    setPageFragment(text);
    syncPageFragment(text);
    savePageState(browserStorage(), page);
  }, [page]);

  const chapter = position ? CHAPTERS[position.chapter] : null;
  return {
    page,
    position,
    chapter,
    scene: chapter && position ? chapter.scenes[position.scene] : null,
    problem,
    notices,
    dismissNotices,
    open,
    next,
    previous,
    leave,
    setPresenting,
    setHidden,
  };
}
