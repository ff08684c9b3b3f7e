/**
 * Which configuration the page opens with: the one in the link's fragment when there is one, else
 * the one saved in local storage at the last visit, else the defaults. Each value that could not
 * be used as it was comes with a notice for the page to show (decodeConfig never throws, so a
 * malformed or hostile link still opens a runnable configuration).
 */
import { useState } from 'react';
import type { TrainingConfig } from '../../state/config';
import { DEFAULT_CONFIG } from '../../state/config';
import { decodeConfig } from '../../state/link';
import { configPart, PAGE_KEYS } from '../../state/pageLink';
import { chapterById } from '../../story/chapters';
import type { StorageLike } from '../../state/persistence';
import { EMBED_STORAGE, EMBEDDED_AT_LOAD } from '../app/embed';
import { loadSaved } from '../../state/persistence';
import { tabStorage } from '../../state/tabStorage';
import { prepareRun, RefusedError, startProblem, startSizeProblem } from '../../worker/run';

export interface StartupConfig {
  readonly config: TrainingConfig;
  /** What could not be used as it was, in words for the user. */
  readonly notices: readonly string[];
  /** Where the configuration came from. */
  readonly from: 'link' | 'storage' | 'defaults';
}

/** `hash` is location.hash ("" or "#…"); `storage` is null when the browser denies it. */
export function chooseStartupConfig(hash: string, storage: StorageLike | null): StartupConfig {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (fragment !== '') {
    // A link to a chapter alone (`#chapter=newton`, typed by hand) opens the chapter's own run.
    const chapter = configPart(fragment) === '' ? linkedChapter(fragment) : null;
    if (chapter) return { config: chapter.config, notices: [], from: 'link' };
    const { config, notices } = decodeConfig(fragment, 'link', PAGE_KEYS);
    return runnable({ config, notices, from: 'link' });
  }
  const saved = storage ? loadSaved(storage) : null;
  if (saved) return runnable({ ...saved, from: 'storage' });
  return { config: DEFAULT_CONFIG, notices: [], from: 'defaults' };
}

/**
 * The startup configuration if its data can be trained, else the defaults with the reason: every
 * value of a link may be in range and the data still be refused (values too large to train on),
 * and the page must open on a run, not on a refusal. The same check the worker makes. A start
 * point that does not fit the data (its size) or from which no step can be taken is replaced by
 * zeros, with the reason.
 */
function runnable(startup: StartupConfig): StartupConfig {
  try {
    const prepared = prepareRun(startup.config);
    // A start point of another size or one no step can be taken from: the run starts at zeros.
    const start =
      startSizeProblem(startup.config, prepared) ?? startProblem(startup.config, prepared);
    if (start === null) return startup;
    return {
      ...startup,
      config: { ...startup.config, initialization: { kind: 'zeros' } },
      notices: [...startup.notices, `${start} The run starts at zeros.`],
    };
  } catch (error) {
    const reason = error instanceof RefusedError ? error.message : 'it could not be prepared.';
    const where = startup.from === 'link' ? 'The link’s data' : 'The saved data';
    return {
      config: DEFAULT_CONFIG,
      notices: [...startup.notices, `${where} cannot be trained: ${reason} The defaults are used.`],
      from: startup.from,
    };
  }
}

function linkedChapter(fragment: string) {
  const id = new URLSearchParams(fragment).get('chapter');
  return id === null ? undefined : chapterById(id);
}

/**
 * The tab's session storage before the shared local storage (state/tabStorage.ts: two tabs keep
 * their own sessions, a new tab starts from the last one saved); null where the browser denies
 * both (reading the properties themselves throws). An embedded page gets storage that forgets
 * (app/embed.ts): it must not overwrite the reader's own session of the full app.
 */
export function browserStorage(): StorageLike | null {
  if (EMBEDDED_AT_LOAD) return EMBED_STORAGE;
  const tab = storageOf('sessionStorage');
  const shared = storageOf('localStorage');
  return tab || shared ? tabStorage(tab, shared) : null;
}

function storageOf(name: 'sessionStorage' | 'localStorage'): Storage | null {
  try {
    return window[name];
  } catch {
    return null;
  }
}

/**
 * The startup configuration, decided once per mount: the state initializer may run twice under
 * StrictMode, which is harmless because the decision only reads.
 */
export function useStartupConfig(): StartupConfig {
  const [startup] = useState(() => chooseStartupConfig(window.location.hash, browserStorage()));
  return startup;
}
