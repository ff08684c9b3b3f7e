/**
 * The page's state beside the run's configuration, as text: the guide's chapter and scene, and a
 * presentation's settings (on or off, and the controls a teacher chose to hide). It shares the
 * link's fragment with the configuration (link.ts): `#chapter=newton&scene=2&present=1&hide=…`
 * after the configuration's own keys, and `embed=data,transport` for a page shown in another
 * page's frame (a course page): only those parts, fitted to the frame. Decoding never throws; what cannot be used is dropped with
 * a notice, like the configuration's values.
 */
import type { PanelId } from './panels';
import { HIDEABLE_PANELS, PANEL_IDS, PANELS } from './panels';
import { shorten } from './userText';

/** The settings drawer's parts a teacher can hide for a presentation (the panels: panels.ts). */
const DRAWER_PARTS = ['training', 'features', 'data', 'parameters'] as const;

const DRAWER_PART_NAMES: Record<(typeof DRAWER_PARTS)[number], string> = {
  training: 'Training settings',
  features: 'Features and start',
  data: 'Data and sharing',
  parameters: 'Parameters table',
};

/** The parts of the page a teacher can hide: the drawer's, then the hideable panels. */
export const HIDEABLE = [...DRAWER_PARTS, ...HIDEABLE_PANELS] as const;

export type Hideable = (typeof HIDEABLE)[number];

export const HIDEABLE_NAMES: Record<Hideable, string> = {
  ...DRAWER_PART_NAMES,
  ...panelNames(HIDEABLE_PANELS),
};

/** The parts an embedded page can show, in the order they are laid out: the panels, then play. */
export const EMBED_PARTS = [...PANEL_IDS, 'transport'] as const;

export type EmbedPart = (typeof EMBED_PARTS)[number];

export const EMBED_PART_NAMES: Record<EmbedPart, string> = {
  ...panelNames(PANEL_IDS),
  transport: 'Play, step and the timeline',
};

function panelNames<Id extends PanelId>(ids: readonly Id[]): Record<Id, string> {
  return Object.fromEntries(ids.map((id) => [id, PANELS[id].name])) as Record<Id, string>;
}

export interface PageState {
  /** The guide's chapter id, or null when the reader explores freely. */
  readonly chapter: string | null;
  readonly scene: number;
  readonly presenting: boolean;
  readonly hidden: readonly Hideable[];
  /** Shown in another page's frame: the parts to show (at least one), or absent for the app. */
  readonly embed?: readonly EmbedPart[] | null;
}

export const DEFAULT_PAGE_STATE: PageState = {
  chapter: null,
  scene: 0,
  presenting: false,
  hidden: [],
};

/** The fragment's keys that belong to the page, not to the configuration. */
export const PAGE_KEYS: readonly string[] = ['chapter', 'scene', 'present', 'hide', 'embed'];

export function encodePageState(state: PageState): string {
  const params = new URLSearchParams();
  if (state.chapter !== null) {
    params.set('chapter', state.chapter);
    if (state.scene > 0) params.set('scene', String(state.scene));
  }
  if (state.presenting) params.set('present', '1');
  if (state.hidden.length > 0) params.set('hide', state.hidden.join(','));
  if (state.embed && state.embed.length > 0) params.set('embed', state.embed.join(','));
  return params.toString();
}

export interface DecodedPageState {
  readonly state: PageState;
  readonly notices: readonly string[];
}

/**
 * The page state in a fragment (with or without #). `chapterIds` are the chapters that exist:
 * an unknown one opens the page outside the guide, with a notice.
 */
export function decodePageState(text: string, chapterIds: readonly string[]): DecodedPageState {
  const notices: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(text.startsWith('#') ? text.slice(1) : text);
  } catch {
    return { state: DEFAULT_PAGE_STATE, notices };
  }
  for (const key of PAGE_KEYS) {
    const count = params.getAll(key).length;
    if (count > 1) notices.push(`The setting "${key}" is given ${count} times; the first is used.`);
  }
  let chapter: string | null = params.get('chapter');
  if (chapter !== null && !chapterIds.includes(chapter)) {
    notices.push(`The chapter "${shorten(chapter)}" does not exist; the guide is closed.`);
    chapter = null;
  }
  const sceneText = params.get('scene');
  const scene = sceneText !== null && /^\d{1,3}$/.test(sceneText) ? Number(sceneText) : 0;
  if (sceneText !== null && scene === 0 && sceneText !== '0') {
    notices.push(`The scene "${shorten(sceneText)}" is not a number; the chapter's start is used.`);
  }
  const hidden: Hideable[] = [];
  for (const part of (params.get('hide') ?? '').split(',')) {
    if (part === '') continue;
    if ((HIDEABLE as readonly string[]).includes(part)) {
      if (!hidden.includes(part as Hideable)) hidden.push(part as Hideable);
    } else if (notices.length < 10) {
      notices.push(`"${shorten(part)}" is not a part of the page that can be hidden.`);
    }
  }
  const embedText = params.get('embed');
  let embed: EmbedPart[] | null = null;
  if (embedText !== null) {
    embed = [];
    for (const part of embedText.split(',')) {
      if ((EMBED_PARTS as readonly string[]).includes(part)) {
        if (!embed.includes(part as EmbedPart)) embed.push(part as EmbedPart);
      } else if (part !== '' && notices.length < 10) {
        notices.push(`"${shorten(part)}" is not a part of the page that can be embedded.`);
      }
    }
    // Nothing usable named: the figures and the transport, rather than an empty frame.
    if (embed.length === 0) embed = ['data', 'surface', 'transport'];
    embed.sort((a, b) => EMBED_PARTS.indexOf(a) - EMBED_PARTS.indexOf(b));
  }
  return {
    state: {
      chapter,
      scene: chapter === null ? 0 : scene,
      presenting: params.get('present') === '1',
      hidden,
      embed,
    },
    notices,
  };
}

/** The fragment without the page's keys: the configuration's part, as link.ts wrote it. */
export function configPart(text: string): string {
  const params = new URLSearchParams(text.startsWith('#') ? text.slice(1) : text);
  for (const key of PAGE_KEYS) params.delete(key);
  return params.toString();
}

/** The configuration's text and the page's, as one fragment. */
export function joinFragment(configText: string, pageText: string): string {
  return [configText, pageText].filter((part) => part !== '').join('&');
}
