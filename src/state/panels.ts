/**
 * The page's panels as a link knows them: one entry per panel, in the order the page lays them
 * out. The link's parts that can be hidden or embedded (pageLink.ts) and their names in those
 * lists are read from here; what each panel shows, and how, is ui/app/panels.tsx, keyed by these
 * ids (a Record, so the compiler asks for a new panel's component there). docs/extending.md says
 * what else a new panel needs.
 */
export interface PanelFacts {
  /** Its heading, its region's name for assistive technology, and its exported file's name. */
  readonly title: string;
  /** What the lists of the page's parts call it (hiding, embedding). */
  readonly name: string;
  /** Whether a teacher can hide it (`hide=` in a link); a page without it must still make sense. */
  readonly hideable: boolean;
}

export const PANELS = {
  data: { title: 'Data space', name: 'Data space', hideable: false },
  surface: { title: 'Parameter space', name: 'Parameter space', hideable: true },
  curve: { title: 'Loss', name: 'Loss curve', hideable: true },
  derivation: { title: 'The mathematics', name: 'The mathematics', hideable: true },
} as const satisfies Record<string, PanelFacts>;

export type PanelId = keyof typeof PANELS;

/** The panels' ids, in the order the page lays them out. */
export const PANEL_IDS = Object.keys(PANELS) as PanelId[];

/** The ids of the panels a teacher can hide. */
export type HideablePanel = {
  [K in PanelId]: (typeof PANELS)[K]['hideable'] extends true ? K : never;
}[PanelId];

export const HIDEABLE_PANELS = PANEL_IDS.filter((id): id is HideablePanel => PANELS[id].hideable);

/**
 * Whether a teacher hid this panel. Only a hideable panel can be: `hide=data` names the settings
 * drawer's "Data and sharing", never the data panel, which shares its id.
 */
export function panelHidden(id: PanelId, hidden: readonly string[]): boolean {
  return PANELS[id].hideable && hidden.includes(id);
}
